package org.example.observable.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ApiException exception) {
        Problem problem = Problem.of(exception.status(), exception.getMessage()).at(uriInfo.getRequestUri().getPath());
        if (!exception.fieldErrors().isEmpty()) {
            problem = problem.withErrors(exception.fieldErrors());
        }
        Response.ResponseBuilder response = Response.status(exception.status()).type(Problem.MEDIA).entity(problem);
        exception.responseHeaders().forEach(response::header);
        if (exception.status() == Response.Status.UNAUTHORIZED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
