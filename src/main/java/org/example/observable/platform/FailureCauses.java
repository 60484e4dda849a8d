package org.example.observable.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A failure and its causes, outermost first, however many layers (JDBC, the pool, EclipseLink, JTA, EJB) wrapped
 * it; a cause that refers back to itself or to an earlier one ends the chain.
 */
public final class FailureCauses {

    private FailureCauses() {
    }

    public static List<Throwable> of(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** The innermost cause. */
    public static Throwable root(Throwable failure) {
        List<Throwable> chain = of(failure);
        return chain.get(chain.size() - 1);
    }
}
