package org.example.observable.notifications;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.users.UserRegistered;

/** Sends the welcome message of every committed registration, in the background. */
@ApplicationScoped
public class WelcomeMessageService {

    static final String SUBJECT = "Welcome to Observable";
    static final String BODY = "Welcome! Your account is ready: log in with your e-mail address and password.";

    private static final Logger LOG = Logger.getLogger(WelcomeMessageService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Tracer tracer;

    @Inject
    NotificationOutbox outbox;

    /** Runs on the request thread after the commit; the request's context travels into the task explicitly. */
    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserRegistered registered) {
        executor.execute(Context.current().wrap(() -> send(registered.userId(), registered.email())));
    }

    void send(long userId, String recipient) {
        Span span = tracer.spanBuilder(TelemetryNames.SPAN_SEND_EMAIL).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute(TelemetryNames.EMAIL_DOMAIN, EmailDomain.of(recipient));
            span.setAttribute(TelemetryNames.MESSAGE_LENGTH, (long) BODY.length());
            outbox.enqueue(userId, recipient, SUBJECT, BODY, StoredTrace.ofCurrentSpan());
        } catch (RuntimeException e) {
            // Background work has no caller to answer: the span and the log carry the failure.
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, "welcome message not enqueued");
            LOG.log(Level.WARNING, "Welcome message for user " + userId + " not enqueued", e);
        } finally {
            span.end();
        }
    }
}
