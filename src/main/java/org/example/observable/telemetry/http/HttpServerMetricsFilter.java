package org.example.observable.telemetry.http;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.LongHistogram;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
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
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.example.observable.telemetry.TelemetrySwitch;
import org.example.observable.telemetry.WithoutExemplar;

/**
 * Records {@code http.server.response.body.size} for every JAX-RS response: the response filter settles the
 * attributes (route template from the matched resource method, absent when nothing matched), the writer
 * interceptor counts the entity bytes actually written. Responses without an entity record 0. With the SDK off
 * ({@link TelemetrySwitch}) both do nothing.
 * <p>
 * A response of a resource method allocates one object, the stream counting its entity: the route and the attributes
 * of the method's latest response are kept with the method (docs/performance.md, sixth session).
 */
@Provider
@Dependent
public class HttpServerMetricsFilter implements ContainerResponseFilter, WriterInterceptor {

    private static final String COUNTED_BODY = HttpServerMetricsFilter.class.getName() + ".body";

    @Inject
    HttpServerMetrics metrics;

    @Context
    ResourceInfo resourceInfo;

    @Context
    UriInfo uriInfo;

    private final Map<Method, RouteResponses> responsesByResourceMethod = new ConcurrentHashMap<>();

    private boolean measuring;
    /** The instrument itself, recorded into directly rather than through the metrics bean's CDI proxy. */
    private LongHistogram responseBodySize;

    @PostConstruct
    void readSwitch() {
        measuring = TelemetrySwitch.sdkEnabled();
        responseBodySize = measuring ? metrics.responseBodySize() : null;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!measuring) {
            return;
        }
        // The scheme from the security context: the request URI would be built (parsed) for it on every request.
        String method = request.getMethod();
        String scheme = request.getSecurityContext().isSecure() ? "https" : "http";
        int status = response.getStatus();
        RouteResponses route = routeResponses();
        Attributes attributes = route != null ? route.attributes(method, scheme, status, metrics)
                : metrics.responseAttributes(method, scheme, null, status);
        if (response.hasEntity()) {
            request.setProperty(COUNTED_BODY, new CountedBody(attributes));
        } else {
            responseBodySize.record(0, attributes, WithoutExemplar.CONTEXT);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!measuring || !(context.getProperty(COUNTED_BODY) instanceof CountedBody body)) {
            context.proceed();
            return;
        }
        context.removeProperty(COUNTED_BODY);
        OutputStream original = context.getOutputStream();
        body.out = original;
        context.setOutputStream(body);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(original);
            responseBodySize.record(body.count, body.attributes, WithoutExemplar.CONTEXT);
        }
    }

    /** The matched resource method's route and latest response attributes; {@code null} when nothing matched. */
    private RouteResponses routeResponses() {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return null;
        }
        // get() first: computeIfAbsent would allocate its capturing lambda on every request.
        RouteResponses route = responsesByResourceMethod.get(method);
        return route != null ? route : responsesByResourceMethod.computeIfAbsent(method,
                m -> new RouteResponses(RouteTemplate.of(uriInfo.getBaseUri().getPath(), resourceInfo.getResourceClass(), m)));
    }

    /**
     * One resource method's route template, and the attributes of its latest response: a method nearly always answers
     * the same request method, scheme and status, so their attributes are found without building a key.
     */
    static final class RouteResponses {
        private final String route;
        private volatile Latest latest;

        RouteResponses(String route) {
            this.route = route;
        }

        Attributes attributes(String method, String scheme, int status, HttpServerMetrics metrics) {
            Latest seen = latest;
            if (seen != null && seen.status == status && seen.method.equals(method) && seen.scheme.equals(scheme)) {
                return seen.attributes;
            }
            Attributes attributes = metrics.responseAttributes(method, scheme, route, status);
            latest = new Latest(method, scheme, status, attributes);
            return attributes;
        }

        private record Latest(String method, String scheme, int status, Attributes attributes) {
        }
    }

    /** The entity's stream while it is written: passes every byte on and counts them. */
    private static final class CountedBody extends OutputStream {
        private final Attributes attributes;
        private OutputStream out;
        private long count;

        CountedBody(Attributes attributes) {
            this.attributes = attributes;
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

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
