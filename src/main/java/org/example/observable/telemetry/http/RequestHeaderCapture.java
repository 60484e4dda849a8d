package org.example.observable.telemetry.http;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.example.observable.telemetry.TelemetryNames;

/**
 * Which request headers are recorded on the SERVER span, and under which attribute key. Credentials are never
 * recorded, even when the configuration lists them.
 */
public final class RequestHeaderCapture {

    /** Headers carrying credentials or session state: never recorded. */
    public static final Set<String> NEVER_RECORDED =
            Set.of("authorization", "cookie", "set-cookie", "proxy-authorization", "x-api-key");

    /** A recorded header: its lower-case name, and the span attribute that records it. */
    public record RecordedHeader(String name, AttributeKey<List<String>> attributeKey) {
    }

    private final List<RecordedHeader> recorded;

    private RequestHeaderCapture(List<RecordedHeader> recorded) {
        this.recorded = recorded;
    }

    /** Comma-separated header names, case-insensitive; blanks, repeats and {@link #NEVER_RECORDED} names are dropped. */
    public static RequestHeaderCapture allowing(String commaSeparatedHeaderNames) {
        if (commaSeparatedHeaderNames == null) {
            return new RequestHeaderCapture(List.of());
        }
        return new RequestHeaderCapture(Arrays.stream(commaSeparatedHeaderNames.split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty() && !NEVER_RECORDED.contains(name))
                .distinct()
                .map(name -> new RecordedHeader(name, AttributeKey.stringArrayKey(TelemetryNames.HTTP_REQUEST_HEADER_PREFIX + name)))
                .toList());
    }

    /**
     * The recorded headers, in the order configured: a list, so that a request walks it by index without allocating an
     * iterator (docs/performance.md, sixth session).
     */
    public List<RecordedHeader> recorded() {
        return recorded;
    }

    public boolean records(String headerName) {
        return headerName != null && recorded.stream().anyMatch(header -> header.name().equalsIgnoreCase(headerName));
    }

    public boolean isEmpty() {
        return recorded.isEmpty();
    }
}
