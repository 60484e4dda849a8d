package org.example.observable.votes;

public record VoteResponse(long postId, boolean voted) {
}
