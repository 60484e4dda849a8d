package org.example.observable.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.platform.DatabaseUnavailableException;

@ApplicationScoped
@Path("/payments")
@InternalCallersOnly
@Tag(name = "Payments")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@SecurityScheme(securitySchemeName = PaymentResource.SERVICE_CREDENTIAL, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The order service's credential (PAYMENT_SERVICE_TOKEN), not a user's token")
@SecurityRequirement(name = PaymentResource.SERVICE_CREDENTIAL)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    static final String SERVICE_CREDENTIAL = "serviceCredential";

    @Inject
    PaymentService paymentService;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "authorizePayment", summary = "Authorize a payment (service-internal; called by orders)")
    @APIResponse(responseCode = "201", description = "Approved, with its transaction id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", description = "order_id, amount or payment_method missing or invalid")
    @APIResponse(responseCode = "401", description = "Without the service credential (PAYMENT_SERVICE_TOKEN) as bearer token")
    @APIResponse(responseCode = "402", description = "Declined (payment_method declined_card)")
    @APIResponse(responseCode = "503", description = "Gateway unavailable (fail_gateway, or injected failure), or the"
            + " database unavailable; try again after Retry-After seconds")
    public Response authorize(@HeaderParam("Idempotency-Key") String idempotencyKey,
                              @Valid @NotNull PaymentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(paymentService.authorize(request, idempotencyKey))
                .build();
    }

    @GET
    @Path("/{idempotencyKey}")
    @Operation(operationId = "getCharge", summary = "The charge made under an idempotency key (service-internal; the order sweeper asks it)")
    @APIResponse(responseCode = "200", description = "Approved, with its transaction id")
    @APIResponse(responseCode = "401", description = "Without the service credential (PAYMENT_SERVICE_TOKEN) as bearer token")
    @APIResponse(responseCode = "404", description = "No charge was made under this key")
    public PaymentResponse charge(@PathParam("idempotencyKey") String idempotencyKey) {
        return paymentService.chargeOf(idempotencyKey);
    }
}
