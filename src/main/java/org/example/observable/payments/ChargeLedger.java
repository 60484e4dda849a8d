package org.example.observable.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Approved charges by idempotency key: what makes authorization idempotent and a charge answerable later. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ChargeLedger {

    @PersistenceContext(unitName = "app")
    EntityManager em;

    /** The transaction id of the charge made under this key, if one was. */
    public Optional<String> transactionOf(String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT transaction_id FROM payment_charges WHERE idempotency_key = ?1")
                .setParameter(1, idempotencyKey)
                .getResultList();
        return found.stream().findFirst();
    }

    /** Records the charge; when the key was recorded meanwhile, the first transaction stands and is answered. */
    public String record(String idempotencyKey, String transactionId, BigDecimal amount) {
        int inserted = em.createNativeQuery("INSERT INTO payment_charges (idempotency_key, transaction_id, amount)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (idempotency_key) DO NOTHING")
                .setParameter(1, idempotencyKey)
                .setParameter(2, transactionId)
                .setParameter(3, amount)
                .executeUpdate();
        return inserted == 1 ? transactionId : transactionOf(idempotencyKey).orElse(transactionId);
    }
}
