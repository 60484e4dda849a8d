package org.example.observable.telemetry.http;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final Map<String, AttributeKey<List<String>>> attributeKeyByHeader;
    private final List<RecordedHeader> recorded;

    private RequestHeaderCapture(Map<String, AttributeKey<List<String>>> attributeKeyByHeader) {
        this.attributeKeyByHeader = Map.copyOf(attributeKeyByHeader);
        this.recorded = attributeKeyByHeader.entrySet().stream()
                .map(header -> new RecordedHeader(header.getKey(), header.getValue()))
                .toList();
    }

    /** Comma-separated header names, case-insensitive; blanks and {@link #NEVER_RECORDED} names are dropped. */
    public static RequestHeaderCapture allowing(String commaSeparatedHeaderNames) {
        Map<String, AttributeKey<List<String>>> keys = new LinkedHashMap<>();
        if (commaSeparatedHeaderNames != null) {
            Arrays.stream(commaSeparatedHeaderNames.split(","))
                    .map(name -> name.strip().toLowerCase(Locale.ROOT))
                    .filter(name -> !name.isEmpty() && !NEVER_RECORDED.contains(name))
                    .forEach(name -> keys.putIfAbsent(name,
                            AttributeKey.stringArrayKey(TelemetryNames.HTTP_REQUEST_HEADER_PREFIX + name)));
        }
        return new RequestHeaderCapture(keys);
    }

    /**
     * The recorded headers, in the order configured: a list, so that a request walks it by index without allocating an
     * iterator (docs/performance.md, sixth session).
     */
    public List<RecordedHeader> recorded() {
        return recorded;
    }

    /** Lower-case names of the headers that are recorded. */
    public Set<String> recordedHeaders() {
        return attributeKeyByHeader.keySet();
    }

    public boolean records(String headerName) {
        return headerName != null && attributeKeyByHeader.containsKey(headerName.toLowerCase(Locale.ROOT));
    }

    /** The span attribute for a recorded header ({@code http.request.header.<lower-case name>}). */
    public AttributeKey<List<String>> attributeKey(String recordedHeader) {
        return attributeKeyByHeader.get(recordedHeader);
    }

    public boolean isEmpty() {
        return attributeKeyByHeader.isEmpty();
    }
}
