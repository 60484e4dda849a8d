package org.example.observable.telemetry.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs a recording once the current JTA transaction has committed, and never when it rolls back; at once when no
 * transaction is active. A counter of business events then counts only what the database kept.
 */
@ApplicationScoped
public class AfterCommit {

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void run(Runnable recording) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            recording.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    recording.run();
                }
            }
        });
    }
}
