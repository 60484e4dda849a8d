package org.example.observable.telemetry.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.example.observable.telemetry.TelemetrySwitch;

/**
 * Records {@code http.server.response.body.size} for every JAX-RS response: the response filter settles the
 * attributes (route template from the matched resource method, absent when nothing matched), the writer
 * interceptor counts the entity bytes actually written. Responses without an entity record 0. With the SDK off
 * ({@link TelemetrySwitch}) both do nothing.
 */
@Provider
@ApplicationScoped
public class HttpServerMetricsFilter implements ContainerResponseFilter, WriterInterceptor {

    private static final String PENDING_RECORDING = HttpServerMetricsFilter.class.getName() + ".pending";

    @Inject
    HttpServerMetrics metrics;

    @Context
    ResourceInfo resourceInfo;

    @Context
    UriInfo uriInfo;

    private final Map<Method, String> routeByResourceMethod = new ConcurrentHashMap<>();

    private boolean measuring;

    @PostConstruct
    void readSwitch() {
        measuring = TelemetrySwitch.sdkEnabled();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!measuring) {
            return;
        }
        // The scheme from the security context: the request URI would be built (parsed) for it on every request.
        var recording = new PendingRecording(request.getMethod(), request.getSecurityContext().isSecure() ? "https" : "http",
                route(), response.getStatus());
        if (response.hasEntity()) {
            request.setProperty(PENDING_RECORDING, recording);
        } else {
            record(recording, 0);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!measuring || !(context.getProperty(PENDING_RECORDING) instanceof PendingRecording recording)) {
            context.proceed();
            return;
        }
        context.removeProperty(PENDING_RECORDING);
        OutputStream original = context.getOutputStream();
        var counting = new CountingOutputStream(original);
        context.setOutputStream(counting);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
            record(recording, counting.count);
        }
    }

    private String route() {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return null;
        }
        // get() first: computeIfAbsent would allocate its capturing lambda on every request.
        String route = routeByResourceMethod.get(method);
        return route != null ? route : routeByResourceMethod.computeIfAbsent(method,
                m -> RouteTemplate.of(uriInfo.getBaseUri().getPath(), resourceInfo.getResourceClass(), m));
    }

    private void record(PendingRecording recording, long bytes) {
        metrics.responseBodyWritten(bytes, recording.method(), recording.scheme(), recording.route(), recording.status());
    }

    private record PendingRecording(String method, String scheme, String route, int status) {
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
