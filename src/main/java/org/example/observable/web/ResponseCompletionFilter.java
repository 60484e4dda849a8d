package org.example.observable.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends every answer as soon as the application has written it. Liberty sends an answer only when the whole filter
 * chain has returned and its own end-of-request work is done (security, the web container's bookkeeping, and the
 * telemetry filter's span end and counts, which web.xml places around this filter); closing the stream (or writer)
 * the answer was written to lets Liberty send it then, whole and with its {@code Content-Length}, as it would have
 * later. The rest of the request's work runs after the caller has its answer: 20-30 us less a read at 200 reads a
 * second on 2 cores (docs/performance.md, seventeenth session), with or without telemetry.
 * <p>
 * Left to the container: an answer that has gone asynchronous, and a request that fails with an exception (the
 * container writes its error answer). A caller gone before its answer fails the close as it would have failed the
 * container's, and is dropped the same way.
 */
public class ResponseCompletionFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (!request.isAsyncStarted()) {
            sendTheAnswer(response);
        }
    }

    private static void sendTheAnswer(HttpServletResponse response) {
        try {
            response.getOutputStream().close();
        } catch (IllegalStateException writtenThroughTheWriter) {
            try {
                response.getWriter().close();
            } catch (IOException callerGone) {
                // the container, finishing the answer, would have met the same and dropped it
            }
        } catch (IOException callerGone) {
            // the container, finishing the answer, would have met the same and dropped it
        }
    }
}
