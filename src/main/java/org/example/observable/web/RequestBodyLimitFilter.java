package org.example.observable.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request body above {@code api.max.body.bytes} (env {@code API_MAX_BODY_BYTES}) on every endpoint with
 * a 413 problem, before authentication and before anything parses it. A declared length is refused unread; a
 * chunked body is read up to the limit (so at most that much is buffered) and refused when it goes past.
 * Endpoints marked {@link OwnBodyLimit} apply their own.
 */
@Provider
@Dependent
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "api.max.body.bytes", defaultValue = "1048576")
    long maxBytes;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        Method method = resourceInfo.getResourceMethod();
        if (method != null && method.isAnnotationPresent(OwnBodyLimit.class)) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (parsedLength(declared) > maxBytes) {
                throw new RequestBodyTooLargeException(maxBytes);
            }
            return;
        }
        if (request.hasEntity()) {
            InputStream body = request.getEntityStream();
            byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (read.length > maxBytes) {
                throw new RequestBodyTooLargeException(maxBytes);
            }
            request.setEntityStream(new ByteArrayInputStream(read));
        }
    }

    /** A length too long for a long is over any limit; one that is no number is the container's to refuse. */
    private static long parsedLength(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return declared.strip().matches("\\d+") ? Long.MAX_VALUE : -1;
        }
    }
}
