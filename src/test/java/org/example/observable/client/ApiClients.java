package org.example.observable.client;

import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * {@link ObservableApi} clients against the base URL that MicroProfile Config gives for {@value #URL_KEY}; the build sets
 * it as a system property to the integration-test server's {@code /api} (a CDI application would set
 * {@code observable-api/mp-rest/url} instead and inject the interface).
 */
public final class ApiClients {

    public static final String URL_KEY = "observable.api.url";

    private ApiClients() {
    }

    public static URI baseUri() {
        return ConfigProvider.getConfig().getValue(URL_KEY, URI.class);
    }

    /** A client without credentials. */
    public static ObservableApi anonymous() {
        return builder().build(ObservableApi.class);
    }

    /** A client that sends {@code token} as bearer token on every call. */
    public static ObservableApi withToken(String token) {
        ClientRequestFilter bearer = request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return builder().register(bearer).build(ObservableApi.class);
    }

    private static RestClientBuilder builder() {
        return RestClientBuilder.newBuilder().baseUri(baseUri())
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS);
    }
}
