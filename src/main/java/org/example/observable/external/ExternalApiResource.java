package org.example.observable.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: the external API's resources are public data; no token is forwarded to it. */
@ApplicationScoped
@Path("/external")
@Tag(name = "External API")
public class ExternalApiResource {

    @Inject
    ExternalApiService externalApi;

    @GET
    @Path("/{resource}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getExternalResource", summary = "A JSON resource of the configured external API (EXTERNAL_API_URL), passed through")
    @APIResponse(responseCode = "200", description = "The external API's JSON answer")
    @APIResponse(responseCode = "404", description = "The name is not 1 to 32 of a-z, 0-9 and -")
    @APIResponse(responseCode = "502", description = "The external API answered an HTTP error or is unreachable")
    @APIResponse(responseCode = "504", description = "The external API did not answer within the read timeout")
    public Response fetch(@PathParam("resource") String resource) {
        return Response.ok(externalApi.fetch(ExternalResourceName.require(resource)), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
