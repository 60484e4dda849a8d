package org.example.observable.web;

import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own failures (404 unknown path, 405, 415, 406, and 400 for unreadable bodies such as malformed
 * JSON) as problem answers. The exception's message is not echoed: it may quote the body.
 */
@Provider
@Dependent
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request body is not valid JSON or does not match the expected shape";
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 415 -> "Unsupported content type";
            case 406 -> "No acceptable representation";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder response = Problem.of(status, detail).at(uriInfo.getRequestUri().getPath())
                .toResponseBuilder();
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }
}
