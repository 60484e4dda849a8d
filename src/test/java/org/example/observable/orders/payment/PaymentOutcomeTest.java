package org.example.observable.orders.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.example.observable.web.ApiException;
import org.junit.jupiter.api.Test;

/** Each payment failure has one outcome (the payment.outcome value) and one kind of answer. */
class PaymentOutcomeTest {

    @Test
    void aDeclinedPaymentIsOutcomeDeclinedAnsweredAsPaymentDeclined() {
        var failure = new PaymentDeclinedException(7, null);
        assertEquals(PaymentOutcome.DECLINED, failure.outcome());
        assertEquals(ApiException.Kind.PAYMENT_DECLINED, failure.kind());
        assertEquals("The payment for order 7 was declined", failure.getMessage());
    }

    @Test
    void aFailingPaymentServiceIsOutcomeErrorAnsweredAsUpstreamFailed() {
        var failure = new PaymentServiceFailedException(7, "it answered 503", null);
        assertEquals(PaymentOutcome.ERROR, failure.outcome());
        assertEquals(ApiException.Kind.UPSTREAM_FAILED, failure.kind());
        assertEquals("The payment service failed for order 7: it answered 503", failure.getMessage());
    }

    @Test
    void aTimedOutPaymentIsOutcomeTimeoutAnsweredAsUpstreamTimeout() {
        var failure = new PaymentServiceTimeoutException(7, null);
        assertEquals(PaymentOutcome.TIMEOUT, failure.outcome());
        assertEquals(ApiException.Kind.UPSTREAM_TIMEOUT, failure.kind());
    }

    @Test
    void theOutcomeAttributeValuesAreTheCataloguedOnes() {
        assertEquals(List.of("approved", "declined", "error", "timeout"),
                List.of(PaymentOutcome.values()).stream().map(PaymentOutcome::attributeValue).toList());
    }

    @Test
    void anApprovedAttemptCarriesItsTransactionAndAFailedOneItsFailure() {
        var approved = PaymentAttempt.approved("txn_1");
        assertEquals(List.of(PaymentOutcome.APPROVED, "txn_1"), List.of(approved.outcome(), approved.transactionId()));
        var failure = new PaymentServiceTimeoutException(7, null);
        var failed = PaymentAttempt.failed(failure);
        assertEquals(PaymentOutcome.TIMEOUT, failed.outcome());
        assertEquals(failure, failed.failure());
    }
}
