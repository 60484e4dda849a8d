package org.example.observable.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank(message = "must not be blank") @Size(max = 320, message = "must be at most 320 characters") String email,
        @NotBlank(message = "must not be blank") @Size(max = 1024, message = "must be at most 1024 characters") String password) {
}
