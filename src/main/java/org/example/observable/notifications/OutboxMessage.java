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

    protected OutboxMessage() {
    }

    OutboxMessage(long userId, String recipient, String subject, String body) {
        this.userId = userId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }
}
