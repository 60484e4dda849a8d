package org.example.observable.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderAmountTest {

    @Test
    void amountIsUnitPriceTimesQuantityInCents() {
        assertEquals(new BigDecimal("119.70"), OrderAmount.of(new BigDecimal("39.90"), 3));
    }

    @Test
    void amountIsExactWhereDoubleArithmeticIsNot() {
        // 0.1 * 3 in double is 0.30000000000000004
        assertEquals(new BigDecimal("0.30"), OrderAmount.of(new BigDecimal("0.10"), 3));
    }

    @Test
    void aSingleItemCostsItsPriceWithTwoDecimals() {
        assertEquals(new BigDecimal("25.00"), OrderAmount.of(new BigDecimal("25"), 1));
    }

    @Test
    void quantityBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderAmount.of(BigDecimal.TEN, 0));
    }
}
