package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.logs.v1.LogRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.junit.jupiter.api.Test;

/** Liberty's own messages are exported as log records too, and the console line names the trace. */
class LibertyLogsIT {

    @Test
    void libertyMessageIsExportedWithItsMessageId() {
        // Liberty's web container logs SRVE0190E for a static file that does not exist.
        ServiceUnderTest.request().get("/no-such-file-" + System.nanoTime() + ".txt").then().statusCode(404);

        LogRecord record = OtlpReceiver.shared().awaitLogRecord("a Liberty message record (SRVE0190E)",
                r -> OtlpReceiver.attribute(r.getAttributesList(), "io.openliberty.message_id")
                        .filter(id -> id.startsWith("SRVE0190E")).isPresent());

        assertTrue(OtlpReceiver.attribute(record.getAttributesList(), "io.openliberty.type")
                .filter("liberty_message"::equals).isPresent(), "io.openliberty.type");
    }

    @Test
    void consoleLineOfARequestCarriesItsTraceId() {
        String traceId = ServiceUnderTest.request().get("/api/telemetry/status")
                .then().statusCode(200).extract().path("tracing.trace_id");
        Path console = Path.of(System.getProperty("it.server.log")).resolveSibling("console.log");

        String line = OtlpReceiver.await("console.log line with ext_traceId " + traceId, () -> lineWith(console,
                "\"ext_traceId\":\"" + traceId + "\""));

        assertTrue(line.contains("Telemetry status requested"), "the status request's own log line: " + line);
    }

    private static Optional<String> lineWith(Path file, String text) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(text)).findFirst();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
