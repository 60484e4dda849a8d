package org.example.observable.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    public Optional<User> findById(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    Optional<User> findByEmail(String email) {
        if (email.indexOf('\0') >= 0) {
            // No stored address has U+0000 (PostgreSQL text cannot hold it); the query would fail instead of finding none.
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM User u WHERE LOWER(u.email) = :email", User.class)
                .setParameter("email", User.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    boolean existsByEmail(String email) {
        return findByEmail(email).isPresent();
    }

    /** Persists and flushes now, so a unique-key violation surfaces here and not at commit. */
    void add(User user) {
        em.persist(user);
        em.flush();
    }

    void remove(User user) {
        em.remove(user);
        em.flush();
    }
}
