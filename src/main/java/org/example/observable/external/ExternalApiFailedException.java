package org.example.observable.external;

import jakarta.ws.rs.core.Response;
import org.example.observable.web.ApiException;

/** The external API answered with an HTTP error, or could not be reached. */
public class ExternalApiFailedException extends ApiException {

    ExternalApiFailedException(String detail) {
        super(Response.Status.BAD_GATEWAY, detail);
    }
}
