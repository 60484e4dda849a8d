package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestHeaderCaptureTest {

    @Test
    void defaultsRecordContentTypeAndUserAgent() {
        RequestHeaderCapture capture = RequestHeaderCapture.allowing(HttpServerTelemetryFilter.DEFAULT_REQUEST_HEADERS);
        assertEquals(List.of("content-type", "user-agent"), names(capture));
    }

    @Test
    void credentialsAreNeverRecordedEvenWhenListed() {
        RequestHeaderCapture capture = RequestHeaderCapture.allowing(
                "Authorization, COOKIE, set-cookie, Proxy-Authorization, X-Api-Key, user-agent");
        assertEquals(List.of("user-agent"), names(capture));
        for (String forbidden : RequestHeaderCapture.NEVER_RECORDED) {
            assertFalse(capture.records(forbidden), forbidden + " must never be recorded");
            assertFalse(capture.records(forbidden.toUpperCase()), forbidden + " must never be recorded in any case");
        }
    }

    @Test
    void namesAreCaseInsensitiveAndTheAttributeKeyIsLowerCase() {
        RequestHeaderCapture capture = RequestHeaderCapture.allowing("X-Request-ID");
        assertTrue(capture.records("x-request-id"));
        assertTrue(capture.records("X-REQUEST-ID"));
        assertEquals(List.of(new RequestHeaderCapture.RecordedHeader("x-request-id",
                AttributeKey.stringArrayKey("http.request.header.x-request-id"))), capture.recorded());
    }

    @Test
    void theRecordedListKeepsTheConfiguredOrderWithEachAttributeKey() {
        RequestHeaderCapture capture = RequestHeaderCapture.allowing("User-Agent, x-request-id, Content-Type");
        assertEquals(List.of(
                new RequestHeaderCapture.RecordedHeader("user-agent", AttributeKey.stringArrayKey("http.request.header.user-agent")),
                new RequestHeaderCapture.RecordedHeader("x-request-id", AttributeKey.stringArrayKey("http.request.header.x-request-id")),
                new RequestHeaderCapture.RecordedHeader("content-type", AttributeKey.stringArrayKey("http.request.header.content-type"))),
                capture.recorded());
    }

    @Test
    void blanksAndDuplicatesAreIgnored() {
        RequestHeaderCapture capture = RequestHeaderCapture.allowing(" accept ,,Accept, ");
        assertEquals(List.of("accept"), names(capture));
    }

    @Test
    void emptySettingRecordsNothing() {
        assertTrue(RequestHeaderCapture.allowing("").isEmpty());
        assertTrue(RequestHeaderCapture.allowing(null).isEmpty());
    }

    private static List<String> names(RequestHeaderCapture capture) {
        return capture.recorded().stream().map(RequestHeaderCapture.RecordedHeader::name).toList();
    }
}
