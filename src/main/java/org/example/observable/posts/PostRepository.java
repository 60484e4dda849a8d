package org.example.observable.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The posts' queries and writes. Its methods are public because the posts' service calls them through the bean's CDI
 * proxy, which calls a package-private method by reflection (docs/performance.md, thirteenth session).
 */
@ApplicationScoped
public class PostRepository {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    public boolean exists(long id) {
        return em.find(Post.class, id) != null;
    }

    /** The post, its author and its vote count in one statement: the read path of the API. */
    public Optional<PostResponse> findResponse(long id) {
        return em.createNamedQuery(PostListing.BY_ID, PostListing.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(PostListing::response);
    }

    /** A page of posts with their authors and vote counts in one statement, newest first. */
    public List<PostResponse> pageOfResponses(PageRequest page, Optional<String> titlePattern) {
        TypedQuery<PostListing> query = em.createNamedQuery(
                titlePattern.isPresent() ? PostListing.TITLE_LIKE_NEWEST_FIRST : PostListing.NEWEST_FIRST, PostListing.class);
        titlePattern.ifPresent(pattern -> query.setParameter("pattern", pattern));
        return query.setFirstResult(page.skip()).setMaxResults(page.limit()).getResultStream()
                .map(PostListing::response)
                .toList();
    }

    public Optional<Post> findWithOwner(long id) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.owner WHERE p.id = :id", Post.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public void add(Post post) {
        em.persist(post);
        em.flush();
    }

    public void addUnflushed(Post post) {
        em.persist(post);
    }

    public void flush() {
        em.flush();
    }

    public void remove(Post post) {
        em.remove(post);
        em.flush();
    }
}
