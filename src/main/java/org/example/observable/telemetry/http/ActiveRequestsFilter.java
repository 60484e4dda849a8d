package org.example.observable.telemetry.http;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.example.observable.telemetry.ObservedCount;
import org.example.observable.telemetry.TelemetrySwitch;

/**
 * Counts {@code http.server.active_requests}. A servlet filter rather than a JAX-RS filter pair: it sees every
 * request of the application (also unmatched ones and failures before JAX-RS) and its {@code finally} guarantees
 * the decrement, so the gauge cannot drift. Asynchronous requests are decremented when they complete. With the SDK
 * off ({@link TelemetrySwitch}) it only passes the request on.
 */
@WebFilter(filterName = "ActiveRequestsFilter", urlPatterns = "/*", asyncSupported = true)
public class ActiveRequestsFilter extends HttpFilter {

    @Inject
    HttpServerMetrics metrics;

    /** The counts, not the bean: a call through its CDI proxy on every request would cost Weld's dispatch. */
    private HttpServerMetrics.ActiveRequestCounts activeRequestCounts;

    @Override
    public void init() {
        activeRequestCounts = TelemetrySwitch.sdkEnabled() ? metrics.activeRequestCounts() : null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (activeRequestCounts == null) {
            chain.doFilter(request, response);
            return;
        }
        ObservedCount activeRequests = activeRequestCounts.of(request.getMethod(), request.getScheme());
        activeRequests.increment();
        boolean endsLater = false;
        try {
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new EndWhenComplete(activeRequests));
                endsLater = true;
            }
        } finally {
            if (!endsLater) {
                activeRequests.decrement();
            }
        }
    }

    private static final class EndWhenComplete implements AsyncListener {
        private final ObservedCount activeRequests;

        EndWhenComplete(ObservedCount activeRequests) {
            this.activeRequests = activeRequests;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            activeRequests.decrement();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows a timeout
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows an error
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
