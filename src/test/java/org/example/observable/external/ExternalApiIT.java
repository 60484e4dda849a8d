package org.example.observable.external;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.List;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ExternalApiStub;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/** GET /api/external/{resource} calls the stub external API in an external_api_call span. */
class ExternalApiIT {

    private static final ExternalApiStub STUB = ExternalApiStub.shared();
    private static final String STUB_URL = "http://127.0.0.1:" + Integer.getInteger("it.external.port");

    @Test
    void aSuccessfulCallIsPassedThroughAndTracedWithUrlNameAndStatus() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent()).get("/api/external/quote")
                .then().statusCode(200).body("symbol", equalTo("OBS"));

        Span server = trace.awaitServerSpan();
        Span call = trace.awaitSpan(TelemetryNames.SPAN_EXTERNAL_API_CALL);
        assertEquals(OtlpReceiver.spanIdHex(server), OtlpReceiver.parentSpanIdHex(call), "external_api_call under the SERVER span");
        assertEquals(Optional.of(STUB_URL + "/quote"), attribute(call, TelemetryNames.URL_FULL), "url.full");
        assertEquals(Optional.of(ExternalApiService.API_NAME), attribute(call, TelemetryNames.EXTERNAL_API_NAME), "external.api.name");
        assertEquals(Optional.of("200"), attribute(call, TelemetryNames.HTTP_RESPONSE_STATUS_CODE), "status code");
        assertTrue(STUB.headerValues("/quote", "traceparent").stream().anyMatch(tp -> tp.contains(trace.traceId())),
                "the call carried the request's trace context: " + STUB.headerValues("/quote", "traceparent"));
    }

    @Test
    void aResourceNameOutsideTheRuleIsA404ProblemAndNeverReachesTheExternalApi() {
        for (String name : List.of("Quote", "a.b", "x".repeat(33), "a%2Fb", "quote%20x")) {
            ServiceUnderTest.request().get("/api/external/" + name)
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
        assertEquals(List.of(), STUB.headerValues("/Quote", "traceparent"), "the external API was not called");
    }

    @Test
    void anHttpErrorOfTheExternalApiIsA502NamingItsStatus() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent()).get("/api/external/broken")
                .then().statusCode(502).contentType("application/problem+json").body("detail", containsString("500"));

        Span call = trace.awaitSpan(TelemetryNames.SPAN_EXTERNAL_API_CALL);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, call.getStatus().getCode(), "external_api_call status");
        assertEquals(Optional.of("500"), attribute(call, TelemetryNames.HTTP_RESPONSE_STATUS_CODE), "status code");
        assertTrue(call.getEventsList().stream().anyMatch(e -> e.getName().equals("exception")), "exception recorded");
    }

    @Test
    void aTimeoutIsA504AndTheExceptionIsRecorded() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent()).get("/api/external/slow")
                .then().statusCode(504).contentType("application/problem+json");

        Span call = trace.awaitSpan(TelemetryNames.SPAN_EXTERNAL_API_CALL);
        assertEquals(Status.StatusCode.STATUS_CODE_ERROR, call.getStatus().getCode(), "external_api_call status");
        assertTrue(call.getEventsList().stream().anyMatch(e -> e.getName().equals("exception")), "exception recorded");
    }
}
