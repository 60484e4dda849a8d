package org.example.observable.orders;

public enum OrderStatus {
    /** Stock reserved, payment in flight. */
    PENDING,
    PAID,
    /** Payment failed; the stock was given back. */
    FAILED
}
