package org.example.observable.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Votes are cast and withdrawn in one statement each; the database's keys decide what a check would. */
@ApplicationScoped
public class VoteRepository {

    /**
     * The vote, unless its post does not exist or the vote does: the primary key and the post's existence are checked
     * by the statement itself, so a vote is one round trip, and a concurrent identical vote waits for the first and
     * then adds nothing.
     */
    private static final String INSERT_UNLESS_PRESENT = "INSERT INTO votes (user_id, post_id)"
            + " SELECT ?1, id FROM posts WHERE id = ?2 ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "app")
    EntityManager em;

    /**
     * Adds the vote; false when nothing was added (the post does not exist, or the user has voted on it already).
     * A post deleted while the statement runs surfaces as the foreign key's violation.
     */
    boolean addUnlessPresent(long userId, long postId) {
        return em.createNativeQuery(INSERT_UNLESS_PRESENT)
                .setParameter(1, userId)
                .setParameter(2, postId)
                .executeUpdate() == 1;
    }

    /** Removes the vote; false when there was none. */
    boolean remove(long userId, long postId) {
        return em.createQuery("DELETE FROM Vote v WHERE v.userId = :userId AND v.postId = :postId")
                .setParameter("userId", userId)
                .setParameter("postId", postId)
                .executeUpdate() == 1;
    }
}
