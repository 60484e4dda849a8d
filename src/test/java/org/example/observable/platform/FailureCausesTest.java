package org.example.observable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cause chain a failure classification walks: outermost first, ending at the root, safe against cycles. */
class FailureCausesTest {

    @Test
    void listsEveryLayerOutermostFirst() {
        SQLException root = new SQLException("refused", "08001");
        RuntimeException middle = new RuntimeException("pool", root);
        IllegalStateException outer = new IllegalStateException("transaction", middle);

        assertEquals(List.of(outer, middle, root), FailureCauses.of(outer));
        assertSame(root, FailureCauses.root(outer));
    }

    @Test
    void aCauseThatRefersBackEndsTheChain() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertEquals(List.of(second, first), FailureCauses.of(second));
    }

    @Test
    void unavailabilityAndConstraintsAreFoundAtAnyDepth() {
        Exception wrapped = new RuntimeException(new IllegalStateException(new SQLException("down", "57P01")));
        Exception duplicate = new RuntimeException(new SQLException("duplicate", "23505"));

        assertEquals(true, DatabaseUnavailableException.causing(wrapped).isPresent());
        assertEquals(false, DatabaseUnavailableException.causing(duplicate).isPresent());
        assertEquals(true, ConstraintViolation.UNIQUE.isCauseOf(duplicate));
        assertEquals(false, ConstraintViolation.FOREIGN_KEY.isCauseOf(duplicate));
    }
}
