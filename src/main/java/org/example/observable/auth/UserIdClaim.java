package org.example.observable.auth;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The user a verified token names: its {@code sub} claim, a user id (a positive whole number). */
final class UserIdClaim {

    private UserIdClaim() {
    }

    static long of(JsonWebToken token) {
        return of(token.getSubject());
    }

    static long of(String subject) {
        if (subject != null && !subject.isEmpty() && subject.length() <= 18 && subject.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long id = Long.parseLong(subject);
            if (id > 0) {
                return id;
            }
        }
        throw new InvalidTokenException("The access token is not valid");
    }
}
