package org.example.observable.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrderRepository {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    Optional<Order> find(long id) {
        return Optional.ofNullable(em.find(Order.class, id));
    }

    List<Order> ofOwner(long ownerId) {
        return em.createQuery("SELECT o FROM CustomerOrder o WHERE o.ownerId = :owner ORDER BY o.id DESC", Order.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    void add(Order order) {
        em.persist(order);
        em.flush();
    }

    /** Ids of PENDING orders created before the cut-off, oldest first, at most {@code limit}. */
    List<Long> pendingSince(OffsetDateTime cutOff, int limit) {
        return em.createQuery("SELECT o.id FROM CustomerOrder o WHERE o.status = :pending AND o.createdAt < :cutOff"
                        + " ORDER BY o.id", Long.class)
                .setParameter("pending", OrderStatus.PENDING)
                .setParameter("cutOff", cutOff)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The order, row-locked for this transaction; empty when another sweeper holds it or it is gone. */
    Optional<Order> lockIfPending(long id) {
        @SuppressWarnings("unchecked")
        List<Order> found = em.createNativeQuery(
                        "SELECT * FROM orders WHERE id = ?1 AND status = 'PENDING' FOR UPDATE SKIP LOCKED", Order.class)
                .setParameter(1, id)
                .getResultList();
        return found.stream().findFirst();
    }
}
