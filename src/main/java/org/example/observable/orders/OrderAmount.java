package org.example.observable.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What an order costs: unit price times quantity, in cents precision, computed in decimal (never in double). */
final class OrderAmount {

    private OrderAmount() {
    }

    static BigDecimal of(BigDecimal unitPrice, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }
}
