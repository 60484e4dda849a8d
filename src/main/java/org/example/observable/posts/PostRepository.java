package org.example.observable.posts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class PostRepository {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    public boolean exists(long id) {
        return em.find(Post.class, id) != null;
    }

    Optional<Post> findWithOwner(long id) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.owner WHERE p.id = :id", Post.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    List<Post> page(PageRequest page, Optional<String> titlePattern) {
        String where = titlePattern.isPresent() ? " WHERE LOWER(p.title) LIKE :pattern ESCAPE '\\'" : "";
        TypedQuery<Post> query = em.createQuery("SELECT p FROM Post p JOIN FETCH p.owner" + where
                + " ORDER BY p.createdAt DESC, p.id DESC", Post.class);
        titlePattern.ifPresent(pattern -> query.setParameter("pattern", pattern));
        return query.setFirstResult(page.skip()).setMaxResults(page.limit()).getResultList();
    }

    /** Vote counts of the given posts in one grouped query; posts without votes are absent from the map. */
    Map<Long, Long> voteCounts(Collection<Long> postIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT v.postId, COUNT(v) FROM Vote v WHERE v.postId IN :ids GROUP BY v.postId", Object[].class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
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
