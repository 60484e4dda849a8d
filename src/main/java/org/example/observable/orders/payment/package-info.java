/**
 * The orders feature's side of the payment call: the MicroProfile Rest Client of the payment service (config key
 * {@code payment-service}), the {@link org.example.observable.orders.payment.PaymentOutcome} of each attempt
 * (decided here, in {@code PaymentCall}, and nowhere else) and the failures an order answers with (declined 402,
 * error 502, timeout 504: the one mapping is in {@code PaymentFailedException}).
 * <p>
 * Rules: the payment POST is never retried (it carries {@code Idempotency-Key} for a caller that would); timeouts
 * are configuration; the call runs outside any transaction (see {@link org.example.observable.orders}).
 */
package org.example.observable.orders.payment;
