package org.example.observable.notifications;

import io.opentelemetry.context.Context;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
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
    ApplicationSpans spans;

    @Inject
    NotificationOutbox outbox;

    /** Runs on the request thread after the commit; the request's context travels into the task explicitly. */
    void onRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserRegistered registered) {
        executor.execute(Context.current().wrap(() -> send(registered.userId(), registered.email())));
    }

    void send(long userId, String recipient) {
        try {
            spans.run(TelemetryNames.SPAN_SEND_EMAIL, failure -> "welcome message not enqueued", span -> {
                span.setAttribute(TelemetryAttributes.EMAIL_DOMAIN, EmailDomain.of(recipient));
                span.setAttribute(TelemetryAttributes.MESSAGE_LENGTH, (long) BODY.length());
                outbox.enqueue(userId, recipient, SUBJECT, BODY, StoredTrace.ofCurrentSpan());
            });
        } catch (RuntimeException e) {
            // Background work has no caller to answer: the span (recorded above) and the log carry the failure.
            LOG.log(Level.WARNING, "Welcome message for user " + userId + " not enqueued", e);
        }
    }
}
