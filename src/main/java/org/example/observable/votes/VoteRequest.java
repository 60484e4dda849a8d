package org.example.observable.votes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code voted: true} casts the vote, {@code false} takes it back. */
public record VoteRequest(
        @NotNull(message = "is required") @Positive(message = "must be a post id") Long postId,
        @NotNull(message = "is required") Boolean voted) {
}
