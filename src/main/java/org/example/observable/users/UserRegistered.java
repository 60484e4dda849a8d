package org.example.observable.users;

/** Fired inside the registration transaction; observers that act on it wait for the commit. */
public record UserRegistered(long userId, String email) {

    @Override
    public String toString() {
        return "UserRegistered[userId=" + userId + "]";
    }
}
