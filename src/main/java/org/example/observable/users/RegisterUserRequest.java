package org.example.observable.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password's strength is {@link PasswordPolicy}'s rule, checked by the service. */
public record RegisterUserRequest(
        @NotBlank(message = "must not be blank") @Email(message = "must be a valid e-mail address")
        @Size(max = 320, message = "must be at most 320 characters") String email,
        @NotNull(message = "must not be empty") String password) {
}
