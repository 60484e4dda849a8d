package org.example.observable.votes;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

public class AlreadyVotedException extends ApiException {

    AlreadyVotedException(long postId) {
        super(Response.Status.CONFLICT, "You have already voted for post " + postId);
    }
}
