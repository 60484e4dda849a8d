package org.example.observable.client;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** An error answer of the API: its status, its {@code Content-Type} and the RFC 9457 problem it carried. */
public class ProblemException extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    }

    private final int status;
    private final MediaType mediaType;
    private final transient Problem problem;

    public ProblemException(int status, MediaType mediaType, Problem problem) {
        super(status + " " + problem);
        this.status = status;
        this.mediaType = mediaType;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public Problem problem() {
        return problem;
    }

    /** Turns every 4xx/5xx answer into a {@link ProblemException}, reading the problem whatever its JSON media type. */
    public static class Mapper implements ResponseExceptionMapper<ProblemException> {

        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public ProblemException toThrowable(Response response) {
            response.bufferEntity();
            Problem problem = response.hasEntity() ? response.readEntity(Problem.class) : null;
            return new ProblemException(response.getStatus(), response.getMediaType(), problem);
        }
    }
}
