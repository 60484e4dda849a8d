package org.example.observable.platform;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's unique_violation (SQLState 23505) anywhere in a persistence exception's causes, so
 * services can answer a lost insert race with 409 instead of 500.
 */
public final class UniqueKeyViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeyViolation() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
