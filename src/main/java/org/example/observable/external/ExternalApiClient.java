package org.example.observable.external;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The external API: JSON resources by name. Configured exactly like the payment service's client: base URL and
 * timeouts are server.xml variables ({@code external.api.*}), mapped onto {@code external-api/mp-rest/*} in
 * META-INF/microprofile-config.properties.
 */
@RegisterRestClient(configKey = "external-api")
@Path("/")
public interface ExternalApiClient {

    /** An answer of 400 or above arrives as a {@link jakarta.ws.rs.WebApplicationException} (the default mapper). */
    @GET
    @Path("/{resource}")
    @Produces(MediaType.APPLICATION_JSON)
    Response fetch(@PathParam("resource") String resource);
}
