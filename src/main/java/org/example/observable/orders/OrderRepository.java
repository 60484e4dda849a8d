package org.example.observable.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
