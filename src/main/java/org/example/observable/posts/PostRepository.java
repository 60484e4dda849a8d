package org.example.observable.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.example.observable.users.User;

@ApplicationScoped
public class PostRepository {

    /** Post, author and vote count: the vote count is a subquery, so a page needs no second statement. */
    private static final String SELECT_RESPONSE =
            "SELECT p, o, (SELECT COUNT(v) FROM Vote v WHERE v.postId = p.id) FROM Post p JOIN p.owner o";

    @PersistenceContext(unitName = "app")
    EntityManager em;

    public boolean exists(long id) {
        return em.find(Post.class, id) != null;
    }

    /** The post, its author and its vote count in one statement: the read path of the API. */
    Optional<PostResponse> findResponse(long id) {
        return em.createQuery(SELECT_RESPONSE + " WHERE p.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(PostRepository::response);
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

    private static PostResponse response(Object[] row) {
        return PostResponse.of((Post) row[0], (User) row[1], ((Number) row[2]).longValue());
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
