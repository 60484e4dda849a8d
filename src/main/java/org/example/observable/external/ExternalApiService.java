package org.example.observable.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.example.observable.telemetry.ApplicationSpans;
import org.example.observable.telemetry.TelemetryAttributes;
import org.example.observable.telemetry.TelemetryNames;

/** Calls the external API in an {@code external_api_call} span and turns its failures into 502/504 problems. */
@ApplicationScoped
public class ExternalApiService {

    static final String API_NAME = "external-api";

    /** The base URL the Rest Client calls (server.xml variable {@code external.api.url}), read to record it. */
    @Inject
    @ConfigProperty(name = "external.api.url")
    String baseUrl;

    @Inject
    @RestClient
    ExternalApiClient client;

    @Inject
    ApplicationSpans spans;

    /** The resource's JSON text. */
    public String fetch(String resource) {
        try {
            return spans.call(TelemetryNames.SPAN_EXTERNAL_API_CALL, ExternalApiService::statusDescription, span -> {
                String url = recordableUrl(baseUrl, resource);
                span.setAttribute(TelemetryAttributes.URL_FULL, url);
                span.setAttribute(TelemetryAttributes.HTTP_URL, url);
                span.setAttribute(TelemetryAttributes.EXTERNAL_API_NAME, API_NAME);
                try (Response response = client.fetch(resource)) {
                    span.setAttribute(TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE, (long) response.getStatus());
                    return response.readEntity(String.class);
                } catch (WebApplicationException e) {
                    span.setAttribute(TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE, (long) e.getResponse().getStatus());
                    throw e;
                }
            });
        } catch (WebApplicationException e) {
            throw new ExternalApiFailedException("The external API " + API_NAME + " answered HTTP " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            if (isTimeout(e)) {
                throw new ExternalApiTimeoutException(API_NAME);
            }
            throw new ExternalApiFailedException("The external API " + API_NAME + " could not be reached");
        }
    }

    private static String statusDescription(RuntimeException failure) {
        if (failure instanceof WebApplicationException e) {
            return "HTTP " + e.getResponse().getStatus();
        }
        if (failure instanceof ProcessingException e) {
            return isTimeout(e) ? "Request timeout" : "Unreachable";
        }
        return failure.getMessage();
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
