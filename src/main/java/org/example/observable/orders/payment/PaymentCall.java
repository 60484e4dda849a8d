package org.example.observable.orders.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One payment attempt for an order; the one place that decides its {@link PaymentOutcome}. */
@ApplicationScoped
public class PaymentCall {

    @Inject
    @RestClient
    PaymentClient payments;

    /** Never throws for a payment that did not go through: the attempt carries the failure. */
    public PaymentAttempt charge(long orderId, BigDecimal amount, String paymentMethod) {
        PaymentClient.Receipt receipt;
        try {
            receipt = payments.authorize(Long.toString(orderId), new PaymentClient.Charge(orderId, amount, paymentMethod));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return PaymentAttempt.failed(status == 402 ? new PaymentDeclinedException(orderId, e)
                    : new PaymentServiceFailedException(orderId, "it answered " + status, e));
        } catch (ProcessingException e) {
            return PaymentAttempt.failed(isTimeout(e) ? new PaymentServiceTimeoutException(orderId, e)
                    : new PaymentServiceFailedException(orderId, "it could not be reached", e));
        }
        if (receipt == null || receipt.transactionId() == null || receipt.transactionId().isBlank()) {
            return PaymentAttempt.failed(new PaymentServiceFailedException(orderId, "its answer had no transaction id", null));
        }
        return PaymentAttempt.approved(receipt.transactionId());
    }

    /** A connect or read timeout, whichever HTTP stack the Rest Client runs on. */
    static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.net.SocketTimeoutException || cause instanceof java.net.http.HttpTimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the payment service charged the order: its transaction id, empty when it made no charge; throws
     * {@link PaymentServiceFailedException} when it cannot tell now (unreachable, an error answer).
     */
    public Optional<String> chargeOf(long orderId) {
        try {
            PaymentClient.Receipt receipt = payments.chargeOf(Long.toString(orderId));
            return Optional.ofNullable(receipt).map(PaymentClient.Receipt::transactionId).filter(id -> !id.isBlank());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw new PaymentServiceFailedException(orderId, "it answered " + e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new PaymentServiceFailedException(orderId, "it could not be reached", e);
        }
    }
}
