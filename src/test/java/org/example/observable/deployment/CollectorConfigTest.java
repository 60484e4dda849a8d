package org.example.observable.deployment;

import static org.example.observable.deployment.DeploymentFiles.at;
import static org.example.observable.deployment.DeploymentFiles.list;
import static org.example.observable.deployment.DeploymentFiles.merged;
import static org.example.observable.deployment.DeploymentFiles.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OpenTelemetry Collector configurations, each as the collector runs it: compose (deploy/otel-collector.yaml, with
 * and without the Scout file merged on top) and Kubernetes (the base's, with and without the production overlay's).
 */
class CollectorConfigTest {

    private static final String COMPOSE = "deploy/otel-collector.yaml";
    private static final String COMPOSE_SCOUT = "deploy/otel-collector.scout.yaml";
    private static final String KUBERNETES = "deploy/kubernetes/base/otel-collector-config.yaml";
    private static final String KUBERNETES_SCOUT = "deploy/kubernetes/overlays/production/otel-collector-scout.yaml";

    private static final List<String> COMPONENT_KINDS = List.of("receivers", "processors", "exporters", "connectors");

    static Stream<String> configurations() {
        return Stream.of(COMPOSE, COMPOSE + " + " + COMPOSE_SCOUT, KUBERNETES, KUBERNETES + " + " + KUBERNETES_SCOUT);
    }

    /** "a.yaml + b.yaml" is b merged on top of a, as two --config flags. */
    static Map<String, Object> configuration(String name) {
        String[] files = name.split(" \\+ ");
        Map<String, Object> config = yaml(files[0]);
        for (int i = 1; i < files.length; i++) {
            config = merged(config, yaml(files[i]));
        }
        return config;
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void everyDefinedComponentIsUsedAndEveryUsedComponentDefined(String name) {
        assertEquals(List.of(), unusedOrUndefined(configuration(name)), name);
    }

    @Test
    void theCheckFindsAnExporterNoPipelineUses() {
        // The bug of issue 13: a vendor exporter defined, every pipeline exporting to debug only.
        Map<String, Object> config = DeploymentFiles.yamlText("""
                receivers: {otlp: {protocols: {http: {}}}}
                exporters: {debug: {}, otlphttp/vendor: {endpoint: "http://vendor:4318"}}
                service:
                  pipelines:
                    traces: {receivers: [otlp], exporters: [debug]}
                """);

        assertEquals(List.of("exporters/otlphttp/vendor is used by no pipeline"), unusedOrUndefined(config));
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void memoryLimiterComesFirstAndBatchLastInEveryPipeline(String name) {
        pipelines(configuration(name)).forEach((pipeline, definition) -> {
            List<String> processors = list(definition, "processors");
            assertEquals("memory_limiter", processors.isEmpty() ? null : processors.get(0), name + ": first processor of " + pipeline);
            assertEquals("batch", processors.get(processors.size() - 1), name + ": last processor of " + pipeline);
        });
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void noProcessorSetsTheDeploymentEnvironment(String name) {
        at(configuration(name), "processors").forEach((processor, definition) ->
                assertTrue(!String.valueOf(definition).contains("deployment.environment"),
                        name + ": processor " + processor + " touches deployment.environment.name, which the service sets: " + definition));
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void receivesOtlpOnBothPortsAndAnswersHealthChecks(String name) {
        Map<String, Object> config = configuration(name);
        assertEquals("0.0.0.0:4317", at(config, "receivers", "otlp", "protocols", "grpc").get("endpoint"), name + ": OTLP gRPC");
        assertEquals("0.0.0.0:4318", at(config, "receivers", "otlp", "protocols", "http").get("endpoint"), name + ": OTLP HTTP");
        assertEquals("0.0.0.0:13133", at(config, "extensions", "health_check").get("endpoint"), name + ": health_check");
        assertTrue(list(at(config, "service"), "extensions").containsAll(List.of("health_check", "zpages")), name + ": extensions in use");
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void healthAndMetadataSpansAreDroppedAndCredentialHeadersScrubbed(String name) {
        Map<String, Object> config = configuration(name);
        List<String> traceProcessors = list(at(config, "service", "pipelines", "traces"), "processors");
        assertTrue(traceProcessors.containsAll(List.of("filter/health", "attributes/scrub")), name + ": trace processors " + traceProcessors);
        assertEquals(List.of("IsMatch(attributes[\"url.path\"], \"^/(health|openapi|metrics).*\")"),
                list(at(config, "processors", "filter/health", "traces"), "span"), name + ": health filter");
        List<Map<String, Object>> actions = list(at(config, "processors", "attributes/scrub"), "actions");
        assertTrue(actions.containsAll(List.of(
                        Map.of("key", "http.request.header.authorization", "action", "delete"),
                        Map.of("key", "http.request.header.cookie", "action", "delete"))),
                name + ": scrubbed headers " + actions);
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void spanMetricsAreDerivedFromEveryTraceAndExposedToPrometheus(String name) {
        Map<String, Object> config = configuration(name);
        Map<String, Object> spanmetrics = at(config, "connectors", "spanmetrics");
        assertEquals("traces.span.metrics", spanmetrics.get("namespace"), name + ": span metric names (docs/telemetry.md)");
        assertEquals("s", at(spanmetrics, "histogram").get("unit"), name + ": duration unit (docs/telemetry.md)");
        assertTrue(list(at(config, "service", "pipelines", "traces"), "exporters").contains("spanmetrics"), name + ": traces feed spanmetrics");
        assertTrue(list(at(config, "service", "pipelines", "metrics"), "receivers").contains("spanmetrics"), name + ": metrics from spanmetrics");
        assertTrue(list(at(config, "service", "pipelines", "metrics"), "exporters").contains("prometheus"), name + ": metrics to Prometheus");
        assertEquals("0.0.0.0:8889", at(config, "exporters", "prometheus").get("endpoint"), name + ": Prometheus exporter endpoint");
    }

    @Test
    void composeSendsTracesToJaeger() {
        Map<String, Object> config = configuration(COMPOSE);
        assertEquals("jaeger:4317", at(config, "exporters", "otlp/jaeger").get("endpoint"), "Jaeger's OTLP gRPC endpoint");
        assertTrue(list(at(config, "service", "pipelines", "traces"), "exporters").contains("otlp/jaeger"), "traces to Jaeger");
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void scoutIsForwardedToOnlyWhenItsFileIsMergedAndThenForEverySignal(String name) {
        Map<String, Object> config = configuration(name);
        boolean scout = name.contains("scout");
        assertEquals(scout, at(config, "exporters").containsKey("otlphttp/scout"), name + ": otlphttp/scout defined");
        for (String signal : List.of("traces", "metrics", "logs")) {
            assertEquals(scout, list(at(config, "service", "pipelines", signal), "exporters").contains("otlphttp/scout"),
                    name + ": " + signal + " forwarded to Scout");
        }
        if (scout) {
            assertEquals("oauth2client", at(config, "exporters", "otlphttp/scout", "auth").get("authenticator"), name + ": authenticator");
            assertEquals("${env:SCOUT_ENDPOINT}", at(config, "exporters", "otlphttp/scout").get("endpoint"), name + ": endpoint");
            assertEquals(Map.of("client_id", "${env:SCOUT_CLIENT_ID}", "client_secret", "${env:SCOUT_CLIENT_SECRET}",
                            "token_url", "${env:SCOUT_TOKEN_URL}", "timeout", "10s"),
                    at(config, "extensions", "oauth2client"), name + ": OAuth 2.0 client credentials from SCOUT_* only");
        }
    }

    /** Components defined but in no pipeline (extensions: not in service.extensions), and the reverse. */
    static List<String> unusedOrUndefined(Map<String, Object> config) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> used = new LinkedHashMap<>();
        COMPONENT_KINDS.forEach(kind -> used.put(kind, new TreeSet<>()));
        pipelines(config).values().forEach(pipeline -> {
            used.get("receivers").addAll(list(pipeline, "receivers"));
            used.get("processors").addAll(list(pipeline, "processors"));
            used.get("exporters").addAll(list(pipeline, "exporters"));
        });
        // A connector is the exporter of one pipeline and the receiver of another.
        Set<String> connectors = at(config, "connectors").keySet();
        for (String connector : connectors) {
            boolean exported = used.get("exporters").remove(connector);
            boolean received = used.get("receivers").remove(connector);
            if (exported && received) {
                used.get("connectors").add(connector);
            } else if (exported || received) {
                problems.add("connectors/" + connector + " is used on one side of a pipeline only");
                used.get("connectors").add(connector);
            }
        }
        for (String kind : COMPONENT_KINDS) {
            for (String defined : at(config, kind).keySet()) {
                if (!used.get(kind).contains(defined)) {
                    problems.add(kind + "/" + defined + " is used by no pipeline");
                }
            }
            for (String inUse : used.get(kind)) {
                if (!at(config, kind).containsKey(inUse)) {
                    problems.add(kind + "/" + inUse + " is used but not defined");
                }
            }
        }
        List<String> extensionsInUse = list(at(config, "service"), "extensions");
        at(config, "extensions").keySet().stream().filter(e -> !extensionsInUse.contains(e))
                .forEach(e -> problems.add("extensions/" + e + " is not in service.extensions"));
        extensionsInUse.stream().filter(e -> !at(config, "extensions").containsKey(e))
                .forEach(e -> problems.add("extensions/" + e + " is used but not defined"));
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> pipelines(Map<String, Object> config) {
        Map<String, Object> pipelines = at(config, "service", "pipelines");
        assertTrue(!pipelines.isEmpty(), "service.pipelines");
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        pipelines.forEach((name, definition) -> result.put(name, (Map<String, Object>) definition));
        return result;
    }
}
