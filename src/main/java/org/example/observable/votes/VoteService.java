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

    public void cast(long userId, long postId) {
        if (!posts.exists(postId)) {
            throw new PostNotFoundException(postId);
        }
        if (votes.find(userId, postId).isPresent()) {
            throw new AlreadyVotedException(postId);
        }
        try {
            votes.add(new Vote(userId, postId));
        } catch (PersistenceException e) {
            // A concurrent identical vote passed the check above; the primary key decides.
            if (ConstraintViolation.UNIQUE.isCauseOf(e)) {
                throw new AlreadyVotedException(postId);
            }
            // The post was deleted between the check above and the insert.
            if (ConstraintViolation.FOREIGN_KEY.isCauseOf(e)) {
                throw new PostNotFoundException(postId);
            }
            throw e;
        }
        metrics.voteCast();
    }

    public void withdraw(long userId, long postId) {
        votes.remove(votes.find(userId, postId).orElseThrow(() -> new VoteNotFoundException(postId)));
    }
}
