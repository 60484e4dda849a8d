package org.example.observable.platform;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import org.example.observable.web.ApiException;

/**
 * PostgreSQL cannot be reached, is shutting down, or did not answer within the configured timeouts: the request
 * may succeed later (503, with {@code Retry-After} as every 503), it is not a bug of the service (500): a connection
 * error, or a pooled connection that PostgreSQL had closed ({@code SQLRecoverableException}). Recognised anywhere in
 * a failure's causes, whichever layer (JDBC, the connection pool, EclipseLink, JTA, EJB) wrapped it.
 */
public final class DatabaseUnavailableException extends ApiException {

    /**
     * The 503 answer as the OpenAPI document describes it: every resource class whose operations reach the database
     * declares it ({@code @APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)}).
     */
    public static final String ANSWER = "The database is unavailable or did not answer in time; try again after"
            + " Retry-After seconds";

    /**
     * SQLStates of an unreachable or overloaded database: class 08 (connection exception) is matched by prefix;
     * 57P01-57P03 admin/crash shutdown and "cannot connect now" (starting up), 53300 too many connections, 57014 a
     * statement cancelled by the query timeout.
     */
    private static final Set<String> SQL_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");

    /** Liberty's connection pool gave no connection within {@code connectionTimeout} (J2CA0045E). */
    private static final String POOL_WAIT_TIMEOUT = "ConnectionWaitTimeoutException";

    private DatabaseUnavailableException(Throwable cause) {
        super(Kind.UNAVAILABLE, "The database is unavailable, try again later", cause);
    }

    /** The 503 to answer instead of {@code failure}, if the database's unavailability caused it. */
    public static Optional<DatabaseUnavailableException> causing(Throwable failure) {
        return FailureCauses.of(failure).stream().anyMatch(DatabaseUnavailableException::isUnavailability)
                ? Optional.of(new DatabaseUnavailableException(failure)) : Optional.empty();
    }

    private static boolean isUnavailability(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException || cause instanceof SocketTimeoutException
                || cause.getClass().getSimpleName().equals(POOL_WAIT_TIMEOUT)) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || SQL_STATES.contains(state);
        }
        return false;
    }
}
