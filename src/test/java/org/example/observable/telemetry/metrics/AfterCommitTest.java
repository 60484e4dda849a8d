package org.example.observable.telemetry.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AfterCommitTest {

    /** A transaction as the container's registry shows it, ended by the test. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_ACTIVE;
        final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int outcome) {
            status = outcome;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private final Transaction transaction = new Transaction();
    private int recorded;

    private AfterCommit afterCommit(TransactionSynchronizationRegistry registry) {
        var afterCommit = new AfterCommit();
        afterCommit.transactions = registry;
        return afterCommit;
    }

    @Test
    void insideATransactionTheRecordingWaitsForTheCommit() {
        afterCommit(transaction).run(() -> recorded++);
        assertEquals(0, recorded, "before the commit");

        transaction.end(Status.STATUS_COMMITTED);
        assertEquals(1, recorded, "after the commit");
    }

    @Test
    void aRolledBackTransactionRecordsNothing() {
        afterCommit(transaction).run(() -> recorded++);

        transaction.end(Status.STATUS_ROLLEDBACK);
        assertEquals(0, recorded);
    }

    @Test
    void withoutATransactionTheRecordingIsMadeAtOnce() {
        transaction.status = Status.STATUS_NO_TRANSACTION;
        afterCommit(transaction).run(() -> recorded++);

        assertEquals(1, recorded);
    }
}
