package org.example.observable.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes messages to the outbox table, each in its own transaction. */
@ApplicationScoped
public class NotificationOutbox {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long enqueue(long userId, String recipient, String subject, String body, String traceparent) {
        OutboxMessage message = new OutboxMessage(userId, recipient, subject, body, traceparent);
        em.persist(message);
        em.flush();
        return message.getId();
    }
}
