package org.example.observable.users;

import java.time.OffsetDateTime;

/** A user as others may see it: never a password or its hash. */
public record UserResponse(long id, String email, OffsetDateTime createdAt) {

    public static UserResponse of(User user) {
        return new UserResponse(user.getId(), user.getEmail(), user.getCreatedAt());
    }
}
