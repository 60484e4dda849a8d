package org.example.observable.web;

import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body JSON-B cannot read (malformed JSON, wrong types): 400, without quoting the body. */
@Provider
@Dependent
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        return Problem.of(Response.Status.BAD_REQUEST,
                        "The request body is not valid JSON or does not match the expected shape")
                .at(uriInfo.getRequestUri().getPath())
                .toResponse();
    }
}
