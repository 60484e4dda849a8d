package org.example.observable.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an OpenTelemetry metric is named in Prometheus after the collector's prometheus exporter (default translation,
 * pkg/translator/prometheus of collector-contrib): every character that is not a letter or digit splits the name into
 * words joined by "_"; the unit is appended in words ("s" seconds, "By" bytes; units in braces are dropped; "1" is
 * nothing) unless the name already contains it; counters get "_total", gauges of unit "1" get "_ratio". Histograms
 * are queried as their series {@code _bucket}, {@code _sum}, {@code _count}. And which metric names a PromQL
 * expression queries.
 */
final class PrometheusNames {

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("d", "days"), Map.entry("h", "hours"), Map.entry("min", "minutes"), Map.entry("s", "seconds"),
            Map.entry("ms", "milliseconds"), Map.entry("us", "microseconds"), Map.entry("ns", "nanoseconds"),
            Map.entry("By", "bytes"), Map.entry("KiBy", "kibibytes"), Map.entry("MiBy", "mebibytes"),
            Map.entry("GiBy", "gibibytes"), Map.entry("KBy", "kilobytes"), Map.entry("MBy", "megabytes"),
            Map.entry("GBy", "gigabytes"), Map.entry("1", ""), Map.entry("%", "percent"));
    private static final Map<String, String> PER_UNITS = Map.of(
            "s", "second", "m", "minute", "h", "hour", "d", "day", "w", "week", "mo", "month", "y", "year");

    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern BRACES = Pattern.compile("\\{[^{}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Pattern LABEL_LIST = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_:][A-Za-z0-9_:]*");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([A-Za-z_:][A-Za-z0-9_:]*)\\s*,");

    private PrometheusNames() {
    }

    /** The instrument kinds of docs/telemetry.md's "Metrics in Prometheus" table. */
    enum Type {
        COUNTER("counter"), UP_DOWN_COUNTER("up-down counter"), GAUGE("gauge"), HISTOGRAM("histogram");

        final String catalogueName;

        Type(String catalogueName) {
            this.catalogueName = catalogueName;
        }

        static Type of(String catalogueName) {
            return Arrays.stream(values()).filter(t -> t.catalogueName.equals(catalogueName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown metric type: " + catalogueName));
        }
    }

    static String translate(String name, Type type, String unit) {
        List<String> words = words(name);
        String[] units = unit.split("/", 2);
        String main = units[0].strip();
        if (!main.isEmpty() && !main.contains("{")) {
            String word = String.join("_", words(UNITS.getOrDefault(main, main)));
            if (!word.isEmpty() && !words.contains(word)) {
                words.add(word);
            }
        }
        if (units.length > 1 && !units[1].isBlank() && !units[1].contains("{")) {
            String word = String.join("_", words(PER_UNITS.getOrDefault(units[1].strip(), units[1].strip())));
            if (!word.isEmpty() && !words.contains(word)) {
                words.add("per");
                words.add(word);
            }
        }
        if (type == Type.COUNTER) {
            words.removeIf("total"::equals);
            words.add("total");
        }
        if (type == Type.GAUGE && unit.equals("1")) {
            words.removeIf("ratio"::equals);
            words.add("ratio");
        }
        return String.join("_", words);
    }

    /** The names a query may use for a metric of that Prometheus name. */
    static List<String> series(String prometheusName, Type type) {
        return type == Type.HISTOGRAM
                ? List.of(prometheusName + "_bucket", prometheusName + "_sum", prometheusName + "_count")
                : List.of(prometheusName);
    }

    /** The metric names a PromQL expression (or a Grafana label_values(...) query) reads. */
    static Set<String> metricsQueriedBy(String expression) {
        Set<String> metrics = new TreeSet<>();
        Matcher labelValues = LABEL_VALUES.matcher(expression);
        if (labelValues.find()) {
            metrics.add(labelValues.group(1));
            return metrics;
        }
        String bare = STRING.matcher(expression).replaceAll("\"\"");
        bare = BRACES.matcher(bare).replaceAll(" ");
        bare = RANGE.matcher(bare).replaceAll(" ");
        bare = LABEL_LIST.matcher(bare).replaceAll(" ");
        bare = bare.replace("\"\"", " ");
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String word = identifier.group();
            boolean functionCall = bare.substring(identifier.end()).stripLeading().startsWith("(");
            if (!functionCall && !PROMQL_WORDS.contains(word.toLowerCase()) && !word.startsWith("$")) {
                metrics.add(word);
            }
        }
        return metrics;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
