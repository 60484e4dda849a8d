package org.example.observable.deployment;

import static org.example.observable.deployment.DeploymentFiles.at;
import static org.example.observable.deployment.DeploymentFiles.list;
import static org.example.observable.deployment.DeploymentFiles.path;
import static org.example.observable.deployment.DeploymentFiles.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.example.observable.deployment.PrometheusNames.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Grafana dashboards query only metrics the telemetry catalogue lists: every metric name in a dashboard's queries is
 * a Prometheus name of docs/telemetry.md's "Metrics in Prometheus" table, whose names follow the collector's translation
 * of metrics the catalogue describes. Grafana's provisioning gives the dashboards their data sources.
 */
class DashboardMetricsTest {

    static Stream<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(path("deploy/grafana/dashboards"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void everyMetricADashboardQueriesIsInTheTelemetryCatalogue(Path dashboard) {
        Set<String> catalogued = TelemetryCatalogue.cataloguedSeries();
        Map<String, Set<String>> unknown = new LinkedHashMap<>();
        for (String query : queries(dashboard)) {
            for (String metric : PrometheusNames.metricsQueriedBy(query)) {
                if (!catalogued.contains(metric)) {
                    unknown.computeIfAbsent(metric, m -> new TreeSet<>()).add(query);
                }
            }
        }
        assertEquals(Map.of(), unknown, dashboard.getFileName() + ": metrics not in " + TelemetryCatalogue.FILE + " (" + TelemetryCatalogue.PROMETHEUS_SECTION + ")");
    }

    @Test
    void theCatalogueCheckRejectsAMetricItDoesNotList() {
        Set<String> queried = PrometheusNames.metricsQueriedBy(
                "histogram_quantile(0.95, sum by (le) (rate(http_server_duration_milliseconds_bucket{job=~\"$job\"}[$__rate_interval])))");

        assertEquals(Set.of("http_server_duration_milliseconds_bucket"), queried, "the metric of the query");
        assertFalse(TelemetryCatalogue.cataloguedSeries().contains("http_server_duration_milliseconds_bucket"), "an old name the service does not emit");
    }

    @Test
    void metricNamesAreReadFromQueriesWithoutLabelsFunctionsOrKeywords() {
        assertEquals(Set.of("a_total", "b_bucket"), PrometheusNames.metricsQueriedBy(
                "sum by (http_route) (rate(a_total{job=~\"$job\", x=\"5..\"}[5m])) / on (job) group_left histogram_quantile(0.5, b_bucket)"));
        assertEquals(Set.of("http_server_request_duration_seconds_count"),
                PrometheusNames.metricsQueriedBy("label_values(http_server_request_duration_seconds_count, job)"));
    }

    @Test
    void prometheusNamesFollowTheCollectorsTranslation() {
        for (TelemetryCatalogue.PrometheusMetric row : TelemetryCatalogue.prometheusTable()) {
            assertEquals(PrometheusNames.translate(row.metric(), row.type(), row.unit()), row.prometheusName(),
                    "Prometheus name of " + row.metric() + " (" + row.type().catalogueName + ", unit '" + row.unit() + "')");
        }
    }

    @Test
    void theTranslationAddsUnitsAndTotalsAsTheCollectorDoes() {
        assertEquals("http_server_request_duration_seconds", PrometheusNames.translate("http.server.request.duration", Type.HISTOGRAM, "s"));
        assertEquals("app_orders_placed_total", PrometheusNames.translate("app.orders.placed", Type.COUNTER, "{order}"));
        assertEquals("jvm_memory_used_bytes", PrometheusNames.translate("jvm.memory.used", Type.UP_DOWN_COUNTER, "By"));
        assertEquals("jvm_cpu_recent_utilization_ratio", PrometheusNames.translate("jvm.cpu.recent_utilization", Type.GAUGE, "1"));
        assertEquals("otelcol_exporter_sent_spans_total", PrometheusNames.translate("otelcol_exporter_sent_spans", Type.COUNTER, "{spans}"));
        assertEquals("db_client_connection_use_time_seconds",
                PrometheusNames.translate("db.client.connection.use_time", Type.HISTOGRAM, "s"));
        assertEquals("a_bytes_per_second", PrometheusNames.translate("a", Type.GAUGE, "By/s"));
        assertEquals("a_seconds_total", PrometheusNames.translate("a.seconds.total", Type.COUNTER, "s"));
    }

    /** Metrics the service, Liberty or the SDK emit are described in the catalogue's own tables, not only here. */
    @Test
    void everyMetricOfThePrometheusTableIsDescribedInTheCatalogue() {
        Set<String> described = TelemetryCatalogue.describedMetricNames();
        List<String> missing = TelemetryCatalogue.prometheusTable().stream()
                .filter(row -> !row.source().startsWith("collector"))
                .map(TelemetryCatalogue.PrometheusMetric::metric).filter(m -> !described.contains(m)).toList();
        assertEquals(List.of(), missing, "in " + TelemetryCatalogue.PROMETHEUS_SECTION + " but in no other table of " + TelemetryCatalogue.FILE);
    }

    /** The panels issue 9 asks for, each found by the metric it cannot do without. */
    @ParameterizedTest
    @MethodSource("dashboards")
    void theDashboardShowsRedPerRouteDatabaseJvmPoolOrdersPaymentsAndExporterHealth(Path dashboard) {
        Set<String> queried = new TreeSet<>();
        queries(dashboard).forEach(q -> queried.addAll(PrometheusNames.metricsQueriedBy(q)));
        Map<String, String> required = Map.of(
                "requests and errors per route", "http_server_request_duration_seconds_count",
                "duration per route", "http_server_request_duration_seconds_bucket",
                "database statement latency", "traces_span_metrics_duration_seconds_bucket",
                "JVM memory", "jvm_memory_used_bytes",
                "GC", "jvm_gc_duration_seconds_sum",
                "connection pool", "db_client_connection_count",
                "orders placed and failed", "app_orders_placed_total",
                "payment duration", "app_payment_duration_seconds_bucket",
                "the service's exporter", "otlp_exporter_exported_total",
                "the collector's exporters", "otelcol_exporter_send_failed_spans_total");
        required.forEach((panel, metric) -> assertTrue(queried.contains(metric), dashboard.getFileName() + ": " + panel + " (" + metric + ")"));
    }

    @Test
    void grafanaProvisionsPrometheusJaegerAndTheDashboardsFolder() {
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        for (Object source : list(yaml("deploy/grafana/provisioning/datasources/datasources.yaml"), "datasources")) {
            Map<String, Object> definition = DeploymentFiles.map(source, "data source");
            sources.put(DeploymentFiles.string(definition, "uid"), definition);
        }
        assertEquals(Set.of("prometheus", "jaeger"), sources.keySet(), "data source uids");
        assertEquals("http://prometheus:9090", sources.get("prometheus").get("url"), "Prometheus URL (compose service)");
        assertEquals("http://jaeger:16686", sources.get("jaeger").get("url"), "Jaeger query URL (compose service)");
        assertEquals("jaeger", DeploymentFiles.map(list(at(sources.get("prometheus"), "jsonData"), "exemplarTraceIdDestinations").get(0),
                "exemplar destination").get("datasourceUid"), "exemplars link to Jaeger");

        Map<String, Object> provider = DeploymentFiles.map(
                list(yaml("deploy/grafana/provisioning/dashboards/dashboards.yaml"), "providers").get(0), "dashboard provider");
        assertEquals("/var/lib/grafana/dashboards", at(provider, "options").get("path"), "where compose mounts deploy/grafana/dashboards");
    }

    @ParameterizedTest
    @MethodSource("dashboards")
    void dashboardsUseOnlyProvisionedDataSources(Path dashboard) {
        Set<String> uids = new TreeSet<>();
        collect(DeploymentFiles.yaml(dashboard), "datasource", value -> {
            if (value instanceof Map<?, ?> reference && reference.get("uid") != null) {
                uids.add(reference.get("uid").toString());
            }
        });
        assertTrue(Set.of("prometheus", "jaeger").containsAll(uids), dashboard.getFileName() + ": data sources " + uids);
    }

    /** Every PromQL expression and variable query of a dashboard. */
    private static List<String> queries(Path dashboard) {
        List<String> queries = new ArrayList<>();
        Map<String, Object> json = DeploymentFiles.yaml(dashboard);
        collect(json, "expr", value -> queries.add(value.toString()));
        for (Object variable : list(at(json, "templating"), "list")) {
            Object query = DeploymentFiles.map(variable, "variable").get("query");
            queries.add(query instanceof Map<?, ?> q ? String.valueOf(q.get("query")) : String.valueOf(query));
        }
        assertFalse(queries.isEmpty(), dashboard + " has queries");
        return queries;
    }

    private static void collect(Object node, String key, java.util.function.Consumer<Object> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (key.equals(k)) {
                    found.accept(v);
                }
                collect(v, key, found);
            });
        } else if (node instanceof List<?> items) {
            items.forEach(item -> collect(item, key, found));
        }
    }
}
