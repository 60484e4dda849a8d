/**
 * The orders feature's side of the payment call: the MicroProfile Rest Client of the payment service (config key
 * {@code payment-service}) and the failures an order answers with (402 declined, 502 failed, 504 timed out).
 * <p>
 * Rules: the payment POST is never retried (it carries {@code Idempotency-Key} for a caller that would); timeouts
 * are configuration; the call runs outside any transaction (see {@link org.example.observable.orders}).
 */
package org.example.observable.orders.payment;
