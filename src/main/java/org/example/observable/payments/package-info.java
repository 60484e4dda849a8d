/**
 * Payments: a stand-in payment service, {@code POST /api/payments}, served by the same build. The orders feature
 * calls it over HTTP through a MicroProfile Rest Client, so one order's trace shows the orders CLIENT span and
 * this SERVER span; in containers it runs as a second instance ({@code payments}, service.name payment-service).
 * <p>
 * Rules: an authorization needs an order id, a positive amount and a payment method, and answers 201 with a
 * transaction id. The outcome is deterministic per method ({@link PaymentMethodRule}): {@code declined_card} is
 * declined (402), {@code fail_gateway} answers 503, {@code slow_gateway} answers after
 * {@code payment.fault.slow.ms} (past the orders client's read timeout); these are test and demo methods.
 * Global fault injection ({@link PaymentFaults}): {@code payment.fault.latency.ms} added to every call,
 * {@code payment.fault.failure.rate} (0..1) of calls answered 503. The {@code Idempotency-Key} header (the
 * order id) is recorded, not enforced: the orders client never retries. The W3C baggage entry {@code tenant.id},
 * when the caller sent one, is recorded on the SERVER span. Only the order service may call it: every request
 * carries the shared {@link ServiceCredential} ({@code PAYMENT_SERVICE_TOKEN}) as bearer token, 401 otherwise.
 */
package org.example.observable.payments;
