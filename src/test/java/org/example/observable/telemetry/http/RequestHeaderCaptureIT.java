package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** Allowed request headers land on the SERVER span as string arrays; credentials never leave the service. */
class RequestHeaderCaptureIT {

    private static final String AUTHORIZATION = "Bearer header-capture-it-authorization-7f3a";
    private static final String COOKIE = "session=header-capture-it-cookie-9b2c";
    private static final String API_KEY = "header-capture-it-api-key-4d1e";

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    @Test
    void userAgentIsRecordedAndCredentialsNeverAre() {
        String agent = "header-capture-it/" + UUID.randomUUID();
        // A matched resource; the made-up bearer token is refused (401), the headers are on the span all the same.
        ServiceUnderTest.request()
                .header("User-Agent", agent)
                .header("Authorization", AUTHORIZATION)
                .header("Cookie", COOKIE)
                .header("X-Api-Key", API_KEY)
                .get("/api/posts/987654321");

        Span span = receiver.awaitSpan("SERVER span carrying http.request.header.user-agent " + agent,
                s -> header(s, "user-agent").filter(agent::equals).isPresent());

        assertEquals(Optional.of(agent), header(span, "user-agent"), "user-agent is recorded");
        for (String forbidden : List.of("authorization", "cookie", "x-api-key")) {
            assertEquals(Optional.empty(), header(span, forbidden), forbidden + " must not be recorded");
        }
        for (byte[] payload : receiver.rawPayloads()) {
            String text = new String(payload, StandardCharsets.ISO_8859_1);
            for (String secret : List.of(AUTHORIZATION, "header-capture-it-cookie-9b2c", API_KEY)) {
                assertFalse(text.contains(secret), "a credential value reached the collector: " + secret);
            }
        }
    }

    @Test
    void aRequestNoResourceMatchesCarriesItsHeadersToo() {
        String agent = "header-capture-it-unmatched/" + UUID.randomUUID();
        ServiceUnderTest.request().header("User-Agent", agent).get("/api/no-such-resource");

        Span span = receiver.awaitSpan("SERVER span of the unmatched request with user-agent " + agent,
                s -> header(s, "user-agent").filter(agent::equals).isPresent());

        assertEquals("GET /api", span.getName(), "no route matched: the servlet's path names it");
        assertEquals(Optional.of("/api/no-such-resource"), OtlpReceiver.attribute(span.getAttributesList(), "url.path"));
        assertEquals(Optional.of("404"), OtlpReceiver.attribute(span.getAttributesList(), "http.response.status_code"));
    }

    private static Optional<String> header(Span span, String name) {
        return OtlpReceiver.attribute(span.getAttributesList(), TelemetryNames.HTTP_REQUEST_HEADER_PREFIX + name);
    }
}
