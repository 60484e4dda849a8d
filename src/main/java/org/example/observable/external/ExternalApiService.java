package org.example.observable.external;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.example.observable.telemetry.TelemetryNames;

/** Calls the external API in an {@code external_api_call} span and turns its failures into 502/504 problems. */
@ApplicationScoped
public class ExternalApiService {

    static final String API_NAME = "external-api";

    @Inject
    @ConfigProperty(name = TelemetryNames.CONFIG_EXTERNAL_API_URL, defaultValue = "http://localhost:8089")
    String baseUrl;

    @Inject
    @ConfigProperty(name = TelemetryNames.CONFIG_EXTERNAL_API_CONNECT_TIMEOUT, defaultValue = "2000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = TelemetryNames.CONFIG_EXTERNAL_API_READ_TIMEOUT, defaultValue = "5000")
    long readTimeoutMs;

    @Inject
    Tracer tracer;

    private ExternalApiClient client;

    @PostConstruct
    void buildClient() {
        client = RestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .build(ExternalApiClient.class);
    }

    /** The resource's JSON text. */
    public String fetch(String resource) {
        Span span = tracer.spanBuilder(TelemetryNames.SPAN_EXTERNAL_API_CALL).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            String url = recordableUrl(baseUrl, resource);
            span.setAttribute(TelemetryNames.URL_FULL, url);
            span.setAttribute(TelemetryNames.HTTP_URL, url);
            span.setAttribute(TelemetryNames.EXTERNAL_API_NAME, API_NAME);
            try (Response response = client.fetch(resource)) {
                span.setAttribute(TelemetryNames.HTTP_RESPONSE_STATUS_CODE, (long) response.getStatus());
                return response.readEntity(String.class);
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            span.setAttribute(TelemetryNames.HTTP_RESPONSE_STATUS_CODE, (long) status);
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, "HTTP " + status);
            throw new ExternalApiFailedException("The external API " + API_NAME + " answered HTTP " + status);
        } catch (ProcessingException e) {
            span.recordException(e);
            if (isTimeout(e)) {
                span.setStatus(StatusCode.ERROR, "Request timeout");
                throw new ExternalApiTimeoutException(API_NAME);
            }
            span.setStatus(StatusCode.ERROR, "Unreachable");
            throw new ExternalApiFailedException("The external API " + API_NAME + " could not be reached");
        } finally {
            span.end();
        }
    }

    /** The URL as it may be recorded: no user info, query or fragment, which is where credentials hide. */
    static String recordableUrl(String baseUrl, String resource) {
        URI base = URI.create(baseUrl);
        String path = (base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "")) + "/" + resource;
        try {
            return new URI(base.getScheme(), null, base.getHost(), base.getPort(), path, null, null).toString();
        } catch (URISyntaxException e) {
            return base.getScheme() + "://" + base.getHost();
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException || cause instanceof HttpTimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
