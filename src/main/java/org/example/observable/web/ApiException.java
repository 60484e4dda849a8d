package org.example.observable.web;

import java.util.List;
import java.util.Map;

/**
 * A broken rule of the API. Subclasses are named after the rule and say which {@link Kind} of refusal it is; they
 * carry no HTTP status: {@link ApiExceptionMapper} decides the answer for each kind, in one place.
 */
public abstract class ApiException extends RuntimeException {

    /** What went wrong, in the caller's terms; the web package maps each kind to one HTTP status. */
    public enum Kind {
        /** The request breaks an input rule (400). */
        INVALID_INPUT,
        /** No valid credentials (401, with WWW-Authenticate: Bearer). */
        UNAUTHENTICATED,
        /** The payment was declined (402). */
        PAYMENT_DECLINED,
        /** Authenticated, but not allowed to do this (403). */
        FORBIDDEN,
        /** No such thing, or not the caller's (404). */
        NOT_FOUND,
        /** The current state does not allow it (409). */
        CONFLICT,
        /** The request is larger than allowed (413). */
        TOO_LARGE,
        /** Too many failed attempts for now; {@code Retry-After} says when to try again (429). */
        TOO_MANY_ATTEMPTS,
        /** A service we call answered an error or could not be reached (502). */
        UPSTREAM_FAILED,
        /** A dependency is unavailable for now; the caller may try again after {@code Retry-After} (503). */
        UNAVAILABLE,
        /** A service we call did not answer in time (504). */
        UPSTREAM_TIMEOUT
    }

    private final Kind kind;

    protected ApiException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    protected ApiException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
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
