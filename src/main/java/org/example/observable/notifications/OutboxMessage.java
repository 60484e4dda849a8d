package org.example.observable.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A message waiting for the mail relay; {@code sentAt} stays empty until the relay delivered it. */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 255, updatable = false)
    private String subject;

    @Column(nullable = false, length = 10000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = 200)
    private String lastError;

    @Column(length = 55, updatable = false)
    private String traceparent;

    protected OutboxMessage() {
    }

    OutboxMessage(long userId, String recipient, String subject, String body, String traceparent) {
        this.userId = userId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.traceparent = traceparent;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.nextAttemptAt = createdAt;
    }

    /** Delivered: never sent again. */
    void delivered(OffsetDateTime at) {
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /** Not delivered this time: tried again at {@code retryAt}. The error is a kind, never the address or text. */
    void failed(String errorKind, OffsetDateTime retryAt) {
        attempts++;
        lastError = errorKind.length() > 200 ? errorKind.substring(0, 200) : errorKind;
        nextAttemptAt = retryAt;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    int getAttempts() {
        return attempts;
    }

    String getTraceparent() {
        return traceparent;
    }

    public Long getId() {
        return id;
    }
}
