/**
 * Orders: an authenticated user buys a quantity of a product and pays through the payment service (the payments
 * feature, called over HTTP by {@link org.example.observable.orders.payment.PaymentClient}); the user reads only their own orders (another user's order
 * is 404, as if it did not exist).
 * <p>
 * Transactions ({@link OrderPlacement}, itself outside any transaction): (1) one transaction reserves the stock
 * with a conditional UPDATE (never oversells, also under concurrent orders) and inserts the order as PENDING;
 * too little stock is 409 and writes nothing. (2) The payment call runs with no transaction open, so no row lock
 * is held across the network. (3) A second transaction marks the order PAID with its transaction id, or, when the
 * payment fails, marks it FAILED and gives the stock back: a failed order stays visible as an explicit FAILED row.
 * Declined is 402, a failing payment service 502. A timed-out one is 504 and the order stays PENDING with its stock
 * reserved: the payment may have gone through, and the sweeper settles the order once the payment service can say.
 * <p>
 * The payment POST is never retried (no MP Fault Tolerance); it carries {@code Idempotency-Key: <order id>} so a
 * retry is safe (the payment service answers the first charge again). If this JVM dies between (1) and (3) the
 * order stays PENDING with its stock reserved until {@link PendingOrderSweeper} settles it: after
 * {@code orders.pending.max.age.seconds} it asks the payment service by that key whether the charge happened and
 * makes the order PAID or FAILED (stock back); the same path settles orders whose payment timed out.
 * <p>
 * Telemetry: span {@code create_order} with children {@code check_inventory} and {@code process_payment} (the Rest
 * Client's CLIENT span below it), event {@code order.created}, all made through {@code telemetry.ApplicationSpans};
 * metrics in {@code telemetry.metrics.OrderMetrics}. The payment's outcome is recorded once, on
 * {@code app.payment.duration}, and its failure once, as {@code process_payment}'s status.
 */
package org.example.observable.orders;
