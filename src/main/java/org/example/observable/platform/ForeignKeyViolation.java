package org.example.observable.platform;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL's foreign_key_violation (SQLState 23503) anywhere in a persistence exception's causes, so
 * services can answer a write that lost the race against the deletion of what it refers to with 404 instead of 500.
 */
public final class ForeignKeyViolation {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ForeignKeyViolation() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
