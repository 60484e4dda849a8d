package org.example.observable.orders.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
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
}
