package org.example.observable.testsupport;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;

/**
 * The integration-test server the build started (Liberty server {@code it.server.name}, port {@code it.http.port}), ready
 * to take requests: {@link #ready()} waits (bounded) for {@code /health/ready} before the first test uses it.
 */
public final class ServiceUnderTest {

    /** The payment service's credential of the test server (src/test/liberty/server.env, PAYMENT_SERVICE_TOKEN). */
    public static final String PAYMENT_SERVICE_TOKEN = "it-payment-service-token-0123456789abcdef";

    private static volatile boolean ready;
    private static volatile RuntimeException notReady;

    private ServiceUnderTest() {
    }

    public static String baseUri() {
        return "http://127.0.0.1:" + Integer.getInteger("it.http.port");
    }

    /** A REST Assured request against the server, JSON by default; waits for readiness on first use. */
    public static RequestSpecification request() {
        ready();
        return RestAssured.given(new RequestSpecBuilder()
                .setBaseUri(baseUri())
                .setContentType(ContentType.JSON)
                .setAccept(ContentType.JSON)
                .build());
    }

    /** A request as the order service sends it to {@code /api/payments}: with the service credential. */
    public static RequestSpecification requestAsOrderService() {
        return request().header("Authorization", "Bearer " + PAYMENT_SERVICE_TOKEN);
    }

    public static synchronized void ready() {
        if (ready) {
            return;
        }
        if (notReady != null) {
            throw notReady;
        }
        // Listening before the first request: the server's first export would otherwise fail and drop its spans.
        OtlpReceiver.shared();
        try {
            awaitReady(baseUri(), Duration.ofSeconds(120));
        } catch (RuntimeException e) {
            notReady = e;
            throw e;
        }
        ready = true;
    }

    /** Waits (at most {@code atMost}) until the server at {@code baseUri} answers {@code /health/ready} with 200. */
    public static void awaitReady(String baseUri, Duration atMost) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Awaitility.await("server ready at " + baseUri + "/health/ready")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> client.send(HttpRequest.newBuilder(URI.create(baseUri + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
