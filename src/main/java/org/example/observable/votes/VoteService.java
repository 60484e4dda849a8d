package org.example.observable.votes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.example.observable.platform.ConstraintViolation;
import org.example.observable.posts.PostNotFoundException;
import org.example.observable.posts.PostRepository;
import org.example.observable.telemetry.metrics.ApplicationMetrics;

@ApplicationScoped
@Transactional
public class VoteService {

    @Inject
    VoteRepository votes;

    @Inject
    PostRepository posts;

    @Inject
    ApplicationMetrics metrics;

    /**
     * One statement when the vote is new (the mix's path); a second, to tell a missing post (404) from a repeated vote
     * (409), only when nothing was added.
     */
    public void cast(long userId, long postId) {
        boolean added;
        try {
            added = votes.addUnlessPresent(userId, postId);
        } catch (PersistenceException e) {
            // The post was deleted while the vote was being inserted.
            if (ConstraintViolation.FOREIGN_KEY.isCauseOf(e)) {
                throw new PostNotFoundException(postId);
            }
            throw e;
        }
        if (!added) {
            if (!posts.exists(postId)) {
                throw new PostNotFoundException(postId);
            }
            throw new AlreadyVotedException(postId);
        }
        metrics.voteCast();
    }

    public void withdraw(long userId, long postId) {
        if (!votes.remove(userId, postId)) {
            throw new VoteNotFoundException(postId);
        }
    }
}
