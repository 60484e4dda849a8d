package org.example.observable.products;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    List<Product> all() {
        return em.createQuery("SELECT p FROM Product p ORDER BY p.id", Product.class).getResultList();
    }

    void add(Product product) {
        em.persist(product);
        em.flush();
    }

    /** The product's price, read in the caller's transaction; empty if there is no such product. */
    public Optional<BigDecimal> price(long productId) {
        return em.createQuery("SELECT p.price FROM Product p WHERE p.id = :id", BigDecimal.class)
                .setParameter("id", productId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Takes {@code quantity} items out of stock if that many are left, atomically: concurrent callers queue on the
     * row lock and each re-checks the condition. Returns false, changing nothing, if too few are left.
     */
    public boolean reserve(long productId, int quantity) {
        return em.createNativeQuery("UPDATE products SET stock = stock - ?1 WHERE id = ?2 AND stock >= ?3")
                .setParameter(1, quantity)
                .setParameter(2, productId)
                .setParameter(3, quantity)
                .executeUpdate() == 1;
    }

    /** Gives back stock a failed order had reserved. */
    public void release(long productId, int quantity) {
        em.createNativeQuery("UPDATE products SET stock = stock + ?1 WHERE id = ?2")
                .setParameter(1, quantity)
                .setParameter(2, productId)
                .executeUpdate();
    }
}
