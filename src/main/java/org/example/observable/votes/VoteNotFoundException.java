package org.example.observable.votes;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class VoteNotFoundException extends ApiException {

    VoteNotFoundException(long postId) {
        super(Response.Status.NOT_FOUND, "You have not voted for post " + postId);
    }
}
