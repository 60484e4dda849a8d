package org.example.observable.users;

/** Fired inside the deletion transaction, before the row is gone; observers that cache users forget this one. */
public record UserDeleted(long userId) {
}
