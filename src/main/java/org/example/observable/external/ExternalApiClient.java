package org.example.observable.external;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The external API: JSON resources by name. Built by {@link ExternalApiService} with the configured URL and timeouts. */
@Path("/")
public interface ExternalApiClient {

    /** An answer of 400 or above arrives as a {@link jakarta.ws.rs.WebApplicationException} (the default mapper). */
    @GET
    @Path("/{resource}")
    @Produces(MediaType.APPLICATION_JSON)
    Response fetch(@PathParam("resource") String resource);
}
