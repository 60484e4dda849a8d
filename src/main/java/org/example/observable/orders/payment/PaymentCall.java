package org.example.observable.orders.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** One payment attempt for an order, its failures translated into {@link PaymentFailedException}s. */
@ApplicationScoped
public class PaymentCall {

    @Inject
    @RestClient
    PaymentClient payments;

    /** Returns the transaction id of the approved payment. */
    public String charge(long orderId, java.math.BigDecimal amount, String paymentMethod) {
        PaymentClient.Receipt receipt;
        try {
            receipt = payments.authorize(Long.toString(orderId), new PaymentClient.Charge(orderId, amount, paymentMethod));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 402) {
                throw new PaymentDeclinedException(orderId, e);
            }
            throw new PaymentServiceFailedException(orderId, "it answered " + status, e);
        } catch (ProcessingException e) {
            if (isTimeout(e)) {
                throw new PaymentServiceTimeoutException(orderId, e);
            }
            throw new PaymentServiceFailedException(orderId, "it could not be reached", e);
        }
        if (receipt == null || receipt.transactionId() == null || receipt.transactionId().isBlank()) {
            throw new PaymentServiceFailedException(orderId, "its answer had no transaction id", null);
        }
        return receipt.transactionId();
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
