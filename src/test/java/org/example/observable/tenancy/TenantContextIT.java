package org.example.observable.tenancy;

import static org.example.observable.testsupport.TestTrace.attribute;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span;
import java.util.Optional;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ExternalApiStub;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.TestTrace;
import org.junit.jupiter.api.Test;

/** X-Tenant-ID is validated, recorded on the request span and carried as baggage on outgoing calls. */
class TenantContextIT {

    private static final ExternalApiStub STUB = ExternalApiStub.shared();

    @Test
    void aValidTenantIsOnTheRequestSpanAndTravelsAsBaggage() {
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent()).header("X-Tenant-ID", "acme-7")
                .get("/api/external/tenant-quote")
                .then().statusCode(200);

        Span server = trace.awaitServerSpan();
        assertEquals(Optional.of("acme-7"), attribute(server, TelemetryNames.TENANT_ID), "tenant.id on the SERVER span");
        assertTrue(STUB.headerValues("/tenant-quote", "baggage").stream().anyMatch(b -> b.contains("tenant.id=acme-7")),
                "baggage of the outgoing call: " + STUB.headerValues("/tenant-quote", "baggage"));
    }

    @Test
    void anInvalidTenantIsA400Problem() {
        ServiceUnderTest.request().header("X-Tenant-ID", "Acme_Corp")
                .get("/api/external/quote")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void theTenantDoesNotLeakIntoTheNextRequest() {
        for (int i = 0; i < 5; i++) {
            ServiceUnderTest.request().header("X-Tenant-ID", "leak-check").get("/api/external/quote").then().statusCode(200);
        }
        TestTrace trace = TestTrace.random();
        ServiceUnderTest.request().header("traceparent", trace.traceparent()).get("/api/external/no-tenant")
                .then().statusCode(200);

        Span server = trace.awaitServerSpan();
        assertEquals(Optional.empty(), attribute(server, TelemetryNames.TENANT_ID), "tenant.id without the header");
        assertTrue(STUB.headerValues("/no-tenant", "baggage").stream().noneMatch(b -> b.contains("tenant.id")),
                "no tenant baggage without the header: " + STUB.headerValues("/no-tenant", "baggage"));
    }
}
