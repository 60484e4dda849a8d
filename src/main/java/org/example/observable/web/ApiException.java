package org.example.observable.web;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** A broken rule of the API, answered with its status; subclasses name the rule. */
public abstract class ApiException extends RuntimeException {

    private final Response.Status status;

    protected ApiException(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    public Response.Status status() {
        return status;
    }

    /** Headers the answer carries besides the problem body (e.g. {@code Retry-After}). */
    public Map<String, String> responseHeaders() {
        return Map.of();
    }

    /** Per-field violations, if the rule is about input fields. */
    public List<Problem.FieldError> fieldErrors() {
        return List.of();
    }
}
