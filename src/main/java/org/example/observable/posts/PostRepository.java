package org.example.observable.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PostRepository {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    public boolean exists(long id) {
        return em.find(Post.class, id) != null;
    }

    /** The post, its author and its vote count in one statement: the read path of the API. */
    Optional<PostResponse> findResponse(long id) {
        return em.createNamedQuery(PostListing.BY_ID, PostListing.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(PostListing::response);
    }

    /** A page of posts with their authors and vote counts in one statement, newest first. */
    List<PostResponse> pageOfResponses(PageRequest page, Optional<String> titlePattern) {
        TypedQuery<PostListing> query = em.createNamedQuery(
                titlePattern.isPresent() ? PostListing.TITLE_LIKE_NEWEST_FIRST : PostListing.NEWEST_FIRST, PostListing.class);
        titlePattern.ifPresent(pattern -> query.setParameter("pattern", pattern));
        return query.setFirstResult(page.skip()).setMaxResults(page.limit()).getResultStream()
                .map(PostListing::response)
                .toList();
    }

    Optional<Post> findWithOwner(long id) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.owner WHERE p.id = :id", Post.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    void add(Post post) {
        em.persist(post);
        em.flush();
    }

    void addUnflushed(Post post) {
        em.persist(post);
    }

    void flush() {
        em.flush();
    }

    void remove(Post post) {
        em.remove(post);
        em.flush();
    }
}
