package org.example.observable.votes;

import org.example.observable.web.ApiException;

public class VoteNotFoundException extends ApiException {

    VoteNotFoundException(long postId) {
        super(Kind.NOT_FOUND, "You have not voted for post " + postId);
    }
}
