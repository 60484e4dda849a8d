package org.example.observable.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class VoteRepository {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    Optional<Vote> find(long userId, long postId) {
        return Optional.ofNullable(em.find(Vote.class, new Vote.Key(userId, postId)));
    }

    /** Persists and flushes now, so a primary-key violation surfaces here and not at commit. */
    void add(Vote vote) {
        em.persist(vote);
        em.flush();
    }

    void remove(Vote vote) {
        em.remove(vote);
        em.flush();
    }
}
