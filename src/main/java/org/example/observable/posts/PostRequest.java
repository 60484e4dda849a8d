package org.example.observable.posts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of create and full replace; {@code published} defaults to true when left out. */
public record PostRequest(
        @NotBlank(message = "must not be blank") @Size(max = 255, message = "must be at most 255 characters") String title,
        @NotBlank(message = "must not be blank") @Size(max = 10000, message = "must be at most 10000 characters") String content,
        Boolean published) {

    boolean publishedOrDefault() {
        return published == null || published;
    }
}
