package org.example.observable.platform;

import java.sql.SQLException;

/**
 * PostgreSQL's integrity violations that a service answers as a client error instead of 500, recognised by SQLState
 * anywhere in a persistence exception's causes: a lost insert race (unique) is 409, a write that lost the race
 * against the deletion of what it refers to (foreign key) is 404.
 */
public enum ConstraintViolation {
    UNIQUE("23505"),
    FOREIGN_KEY("23503");

    private final String sqlState;

    ConstraintViolation(String sqlState) {
        this.sqlState = sqlState;
    }

    public boolean isCauseOf(Throwable failure) {
        return FailureCauses.of(failure).stream()
                .anyMatch(cause -> cause instanceof SQLException sql && sqlState.equals(sql.getSQLState()));
    }
}
