package org.example.observable.notifications;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;

/**
 * Delivers one batch of due outbox messages in one transaction. The rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}: another relay (another worker, another instance) skips them, so each message is
 * sent once; a failed one is retried after an exponential backoff. One {@code deliver_email} span per message,
 * linked to the span that wrote it.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final String CLAIM_DUE = "SELECT * FROM notification_outbox"
            + " WHERE sent_at IS NULL AND next_attempt_at <= now()"
            + " ORDER BY next_attempt_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED";

    @PersistenceContext(unitName = "app")
    EntityManager em;

    @Inject
    ApplicationSpans spans;

    @Inject
    @ConfigProperty(name = "outbox.relay.batch.size", defaultValue = "10")
    int batchSize;

    @Inject
    @ConfigProperty(name = "outbox.relay.retry.base.ms", defaultValue = "30000")
    long retryBaseMillis;

    @Inject
    @ConfigProperty(name = "outbox.relay.retry.max.ms", defaultValue = "900000")
    long retryMaxMillis;

    /** Sends what is due, at most one batch; answers how many messages it claimed. */
    @Transactional
    public int deliverDueBatch(MailSender mail) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = em.createNativeQuery(CLAIM_DUE, OutboxMessage.class)
                .setParameter(1, batchSize)
                .getResultList();
        for (OutboxMessage message : due) {
            deliver(message, mail);
        }
        return due.size();
    }

    int batchSize() {
        return batchSize;
    }

    private void deliver(OutboxMessage message, MailSender mail) {
        SpanContext writer = StoredTrace.spanContextOf(message.getTraceparent());
        var builder = spans.builder(TelemetryNames.SPAN_DELIVER_EMAIL).setSpanKind(SpanKind.CONSUMER).setNoParent();
        if (writer.isValid()) {
            builder.addLink(writer);
        }
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute(TelemetryAttributes.EMAIL_DOMAIN, EmailDomain.of(message.getRecipient()));
            span.setAttribute(TelemetryAttributes.EMAIL_DELIVERY_ATTEMPT, (long) message.getAttempts() + 1);
            mail.send(message.getRecipient(), message.getSubject(), message.getBody());
            message.delivered(now());
        } catch (MessagingException | RuntimeException e) {
            // The kind of failure only: an SMTP error text can quote the address.
            String kind = e.getClass().getSimpleName();
            span.setStatus(StatusCode.ERROR, kind);
            message.failed(kind, now().plusNanos(backoffMillis(message.getAttempts()) * 1_000_000));
        } finally {
            span.end();
        }
    }

    /** Base, doubled per earlier attempt, at most the maximum. */
    long backoffMillis(int earlierAttempts) {
        int doublings = Math.min(earlierAttempts, 30);
        return Math.min(retryMaxMillis, retryBaseMillis << doublings);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
