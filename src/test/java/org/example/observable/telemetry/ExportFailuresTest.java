package org.example.observable.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The exporters' failure records are counted per signal, kept out of the log, and other records pass. */
class ExportFailuresTest {

    private final ExportFailures failures = new ExportFailures();

    @Test
    void countsEachFailureOncePerSignalAndKeepsTheLastError() {
        LogRecord first = failure("Failed to export spans. Server responded with HTTP status code 503.");
        assertFalse(failures.loggable(first), "the exporter's own record never reaches the log");
        assertFalse(failures.loggable(first), "the same record filtered twice");
        assertFalse(failures.loggable(failure("Failed to export spans. The request could not be executed.")));
        assertFalse(failures.loggable(failure("Failed to export metrics. The request could not be executed.")));

        assertEquals(2, failures.bySignal().get("spans").failuresReported(), "a record filtered twice counts once");
        assertEquals("Failed to export spans. The request could not be executed.",
                failures.bySignal().get("spans").lastError());
        assertEquals(1, failures.bySignal().get("metrics").failuresReported());
        assertFalse(failures.bySignal().containsKey("logs"), "no failure, no entry");
    }

    @Test
    void otherRecordsOfTheExporterPass() {
        assertTrue(failures.loggable(new LogRecord(Level.WARNING, "Too many log messages detected.")));
        assertTrue(failures.bySignal().isEmpty());
    }

    private static LogRecord failure(String message) {
        LogRecord record = new LogRecord(Level.SEVERE, message);
        record.setThrown(new java.net.ConnectException("Failed to connect"));
        return record;
    }
}
