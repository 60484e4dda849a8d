package org.example.observable.orders.payment;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The payment service. Base URL and timeouts are configuration (META-INF/microprofile-config.properties maps
 * {@code payment.service.url}, {@code payment.service.connect.timeout.ms} and {@code payment.service.read.timeout.ms}
 * onto {@code payment-service/mp-rest/*}). Liberty's Rest Client instrumentation makes the CLIENT span and injects
 * traceparent and baggage; {@link PaymentServiceCredentialHeaders} adds the service credential. An answer of 400 or more arrives as a WebApplicationException.
 */
@RegisterRestClient(configKey = "payment-service")
@RegisterClientHeaders(PaymentServiceCredentialHeaders.class)
@Path("/payments")
public interface PaymentClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Receipt authorize(@HeaderParam("Idempotency-Key") String idempotencyKey, Charge charge);

    /** Names are explicit: the payment service is a separate API, whatever JSON-B settings this client has. */
    record Charge(@JsonbProperty("order_id") long orderId,
                  @JsonbProperty("amount") BigDecimal amount,
                  @JsonbProperty("payment_method") String paymentMethod) {
    }

    record Receipt(@JsonbProperty("transaction_id") String transactionId,
                   @JsonbProperty("status") String status) {
    }
}
