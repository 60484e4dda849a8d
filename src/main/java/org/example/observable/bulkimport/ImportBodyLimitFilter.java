package org.example.observable.bulkimport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Refuses a declared body above the limit before it is read and parsed (a chunked body is capped by count only). */
@Provider
@Dependent
@ImportBodyLimit
@Priority(Priorities.ENTITY_CODER)
public class ImportBodyLimitFilter implements ContainerRequestFilter {

    /** 10,000 posts of typical size fit easily; a full 10,000 x 10 KB body is not what this endpoint is for. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw new ImportTooLargeException("An import body may have at most " + MAX_BYTES + " bytes");
        }
    }
}
