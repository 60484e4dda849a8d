package org.example.observable.products;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.example.observable.auth.Authenticated;
import org.example.observable.platform.DatabaseUnavailableException;

@ApplicationScoped
@Path("/products")
@Tag(name = "Products")
@APIResponse(responseCode = "503", description = DatabaseUnavailableException.ANSWER)
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    ProductService productService;

    @GET
    @Operation(operationId = "listProducts", summary = "All products with price and stock")
    @APIResponse(responseCode = "200", description = "The products, by id")
    public List<ProductResponse> list() {
        return productService.list();
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProduct", summary = "Create a product with its initial stock")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, price or stock")
    @APIResponse(responseCode = "401", description = "Missing or invalid token")
    public Response create(@Valid @NotNull ProductRequest request) {
        return Response.status(Response.Status.CREATED).entity(productService.create(request)).build();
    }
}
