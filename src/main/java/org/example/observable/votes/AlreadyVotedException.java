package org.example.observable.votes;

import org.example.observable.web.ApiException;

public class AlreadyVotedException extends ApiException {

    AlreadyVotedException(long postId) {
        super(Kind.CONFLICT, "You have already voted for post " + postId);
    }
}
