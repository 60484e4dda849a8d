package org.example.observable.payments;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/payments")
@InternalCallersOnly
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService paymentService;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Authorize a payment (service-internal; called by orders)")
    @APIResponse(responseCode = "201", description = "Approved, with its transaction id")
    @APIResponse(responseCode = "400", description = "order_id, amount or payment_method missing or invalid")
    @APIResponse(responseCode = "401", description = "Without the service credential (PAYMENT_SERVICE_TOKEN) as bearer token")
    @APIResponse(responseCode = "402", description = "Declined (payment_method declined_card)")
    @APIResponse(responseCode = "503", description = "Gateway unavailable (fail_gateway, or injected failure)")
    public Response authorize(@HeaderParam("Idempotency-Key") String idempotencyKey,
                              @Valid @NotNull PaymentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(paymentService.authorize(request, idempotencyKey))
                .build();
    }
}
