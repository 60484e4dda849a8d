package org.example.observable.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.auth.Authenticated;
import org.example.observable.auth.CurrentUser;
import org.example.observable.platform.DatabaseUnavailableException;

@ApplicationScoped
@Path("/orders")
@Tag(name = "Orders")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@Authenticated
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or invalid token")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    /** No regular expression: it would end up in http.route. A non-numeric id fails conversion to long: 404. */
    private static final String ID = "/{id}";

    @Inject
    OrderPlacement placement;

    @Inject
    OrderService orderService;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeOrder", summary = "Order a quantity of a product and pay for it")
    @APIResponse(responseCode = "201", description = "Paid, with amount and payment transaction id",
            headers = @Header(name = "Location", description = "The new order's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid product_id, quantity, payment_method or order_type")
    @APIResponse(responseCode = "402", description = "Payment declined; the order is FAILED, stock given back")
    @APIResponse(responseCode = "404", description = "No such product")
    @APIResponse(responseCode = "409", description = "Out of stock; nothing written")
    @APIResponse(responseCode = "502", description = "Payment service failed; the order is FAILED, stock given back")
    @APIResponse(responseCode = "504", description = "Payment service timed out; the order stays PENDING, its stock"
            + " reserved, until the sweeper learns whether the payment was made (then PAID or FAILED)")
    public Response place(@Valid @NotNull OrderRequest request, @Context UriInfo uriInfo) {
        OrderResponse order = placement.place(currentUser.id(), request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(order.id())).build())
                .entity(order).build();
    }

    @GET
    @Operation(operationId = "listOrders", summary = "The current user's orders, newest first")
    @APIResponse(responseCode = "200", description = "The orders")
    public List<OrderResponse> list() {
        return orderService.list(currentUser.id());
    }

    @GET
    @Path(ID)
    @Operation(operationId = "getOrder", summary = "One of the current user's orders")
    @APIResponse(responseCode = "200", description = "The order")
    @APIResponse(responseCode = "404", description = "No such order, or another user's")
    public OrderResponse get(@PathParam("id") long id) {
        return orderService.get(id, currentUser.id());
    }
}
