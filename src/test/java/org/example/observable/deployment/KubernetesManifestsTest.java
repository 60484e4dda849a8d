package org.example.observable.deployment;

import static org.example.observable.deployment.DeploymentFiles.at;
import static org.example.observable.deployment.DeploymentFiles.list;
import static org.example.observable.deployment.DeploymentFiles.path;
import static org.example.observable.deployment.DeploymentFiles.string;
import static org.example.observable.deployment.DeploymentFiles.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/kubernetes: a kustomize base and a production overlay whose every referenced file exists, with the service and
 * the payment service deployed as issue 9 asks (probes, requests and limits, disruption budget, autoscaler, Downward API,
 * config and secrets by reference) and exporting to the collector gateway. Read as YAML; no cluster, no kustomize binary.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = path("deploy/kubernetes");
    private static final Path BASE = KUBERNETES.resolve("base");

    static Stream<Path> kustomizations() throws IOException {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            return files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyFileAKustomizationNamesExists(Path kustomization) {
        Map<String, Object> definition = yaml(kustomization);
        Path dir = kustomization.getParent();
        List<String> referenced = new ArrayList<>();
        referenced.addAll(list(definition, "resources"));
        referenced.addAll(list(definition, "components"));
        referenced.addAll(list(definition, "patchesStrategicMerge"));
        for (Object patch : list(definition, "patches")) {
            String file = string(DeploymentFiles.map(patch, "patch"), "path");
            if (file != null) {
                referenced.add(file);
            }
        }
        for (String generators : List.of("configMapGenerator", "secretGenerator")) {
            for (Object generator : list(definition, generators)) {
                for (Object file : list(DeploymentFiles.map(generator, generators), "files")) {
                    String entry = file.toString();
                    referenced.add(entry.substring(entry.indexOf('=') + 1));
                }
            }
        }
        assertFalse(referenced.isEmpty(), kustomization + " names its files");
        for (String file : referenced) {
            Path target = dir.resolve(file).normalize();
            boolean exists = Files.isDirectory(target) ? Files.exists(target.resolve("kustomization.yaml")) : Files.isRegularFile(target);
            assertTrue(exists, KUBERNETES.relativize(kustomization) + " names " + file + ", which does not exist");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"observable-service", "payment-service"})
    void probesWatchStartLivenessAndReadinessOnTheHealthEndpoints(String name) {
        Map<String, Object> container = container(name);
        assertEquals("/health/started", at(container, "startupProbe", "httpGet").get("path"), name + " startup probe");
        assertEquals("/health/live", at(container, "livenessProbe", "httpGet").get("path"), name + " liveness probe");
        assertEquals("/health/ready", at(container, "readinessProbe", "httpGet").get("path"), name + " readiness probe");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("http", at(container, probe, "httpGet").get("port"), name + " " + probe + " port");
        }
        assertEquals(Map.of("name", "http", "containerPort", 9080), list(container, "ports").get(0), name + " port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"observable-service", "payment-service"})
    void requestsAndLimitsAreSetForCpuAndMemory(String name) {
        Map<String, Object> resources = at(container(name), "resources");
        for (String kind : List.of("requests", "limits")) {
            assertTrue(at(resources, kind).keySet().containsAll(List.of("cpu", "memory")), name + " " + kind + ": " + resources);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"observable-service", "payment-service"})
    void podsLearnTheirKubernetesIdentityFromTheDownwardApi(String name) {
        Map<String, Object> env = env(name);
        Map<String, String> fields = Map.of("K8S_POD_NAME", "metadata.name", "K8S_POD_UID", "metadata.uid",
                "K8S_NAMESPACE_NAME", "metadata.namespace", "K8S_NODE_NAME", "spec.nodeName");
        fields.forEach((variable, field) -> assertEquals(field,
                at(DeploymentFiles.map(env.get(variable), variable), "valueFrom", "fieldRef").get("fieldPath"), name + " " + variable));
        assertEquals(name, at(DeploymentFiles.map(env.get("OTEL_SERVICE_NAME"), "OTEL_SERVICE_NAME")).get("value"), name + " service name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"observable-service", "payment-service"})
    void secretsAndSettingsAreReferencedNotWritten(String name) {
        Map<String, Object> env = env(name);
        for (String secret : List.of("DB_PASSWORD", "JWT_KEYSTORE_PASSWORD", "PAYMENT_SERVICE_TOKEN")) {
            Map<String, Object> reference = at(DeploymentFiles.map(env.get(secret), secret), "valueFrom", "secretKeyRef");
            assertEquals(Map.of("name", "observable-service-secrets", "key", secret), reference, name + " " + secret);
        }
        assertEquals(List.of(Map.of("name", "token-keys", "mountPath", "/config/token-keys", "readOnly", true)),
                list(container(name), "volumeMounts"), name + " mounts the access-token key store read-only");
        assertEquals("/config/token-keys/token-keys.p12", at(resource("ConfigMap", "observable-service-config"), "data").get("JWT_KEYSTORE"),
                "JWT_KEYSTORE is the mounted key store");
        String configMap = string(at(DeploymentFiles.map(list(container(name), "envFrom").get(0), "envFrom"), "configMapRef"), "name");
        assertEquals("observable-service-config", configMap, name + " settings");
        assertTrue(resources(BASE).stream().anyMatch(r -> "ConfigMap".equals(r.get("kind")) && configMap.equals(at(r, "metadata").get("name"))),
                "the base defines " + configMap);
    }

    @Test
    void noManifestCarriesASecret() throws IOException {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (Map<String, Object> document : DeploymentFiles.documents(file)) {
                    assertFalse("Secret".equals(document.get("kind")), file + " defines a Secret: create it outside the repository");
                }
                assertTrue(list(yamlIfKustomization(file), "secretGenerator").isEmpty(), file + " generates a Secret");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"observable-service", "payment-service", "otel-collector"})
    void everyDeploymentHasADisruptionBudget(String name) {
        Map<String, Object> budget = resource("PodDisruptionBudget", name);
        assertEquals(at(deployment(name), "spec", "selector", "matchLabels"), at(budget, "spec", "selector", "matchLabels"), name + " PDB selector");
        assertTrue(at(budget, "spec").containsKey("minAvailable") || at(budget, "spec").containsKey("maxUnavailable"), name + " PDB budget");
    }

    @ParameterizedTest
    @ValueSource(strings = {"observable-service", "payment-service"})
    void theAutoscalerOwnsTheReplicaCountOfAStatelessDeployment(String name) {
        Map<String, Object> target = at(resource("HorizontalPodAutoscaler", name), "spec", "scaleTargetRef");
        assertEquals(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", name), target, name + " HPA target");
        assertFalse(at(deployment(name), "spec").containsKey("replicas"), name + ": replicas are the autoscaler's");
        List<Object> volumes = list(at(deployment(name), "spec", "template", "spec"), "volumes");
        assertEquals(List.of(Map.of("name", "token-keys", "secret", Map.of("secretName", "observable-service-token-keys"))), volumes,
                name + " keeps no state in volumes: only the access-token key store, from a Secret");
    }

    @Test
    void podsExportToTheCollectorGatewayService() {
        Map<String, Object> config = resource("ConfigMap", "observable-service-config");
        URI endpoint = URI.create(at(config, "data").get("OTEL_EXPORTER_OTLP_ENDPOINT").toString());
        Map<String, Object> service = resource("Service", endpoint.getHost());
        assertEquals(at(deployment("otel-collector"), "spec", "selector", "matchLabels"), at(service, "spec", "selector"),
                "the Service " + endpoint.getHost() + " selects the collector pods");
        assertTrue(list(at(service, "spec"), "ports").stream()
                        .anyMatch(p -> Integer.valueOf(endpoint.getPort()).equals(DeploymentFiles.map(p, "port").get("port"))),
                "the collector Service exposes port " + endpoint.getPort());
        assertEquals("http/protobuf", at(config, "data").get("OTEL_EXPORTER_OTLP_PROTOCOL"), "4318 is OTLP over HTTP");
        Map<String, Object> collector = DeploymentFiles.map(list(at(deployment("otel-collector"), "spec", "template", "spec"), "containers").get(0), "collector");
        assertEquals(List.of("--config=/conf/config.yaml"), list(collector, "args"), "the collector reads the generated ConfigMap");
    }

    @Test
    void everyImageIsPinnedAndProductionNamesItsRelease() throws IOException {
        for (Map<String, Object> resource : resources(BASE)) {
            for (Object container : list(at(resource, "spec", "template", "spec"), "containers")) {
                String image = string(DeploymentFiles.map(container, "container"), "image");
                assertTrue(DeploymentFiles.isPinned(image), at(resource, "metadata").get("name") + ": unpinned image " + image);
            }
        }
        try (Stream<Path> kustomizations = kustomizations()) {
            for (Path kustomization : kustomizations.toList()) {
                for (Object image : list(yaml(kustomization), "images")) {
                    Map<String, Object> override = DeploymentFiles.map(image, "image");
                    assertTrue(override.containsKey("newTag") || override.containsKey("digest"), kustomization + ": image without a tag " + override);
                    assertFalse("latest".equals(override.get("newTag")), kustomization + ": latest " + override);
                }
            }
        }
    }

    @Test
    void productionForwardsToScoutWithCredentialsFromASecret() {
        Map<String, Object> overlay = yaml(KUBERNETES.resolve("overlays/production/kustomization.yaml"));
        assertEquals("observable", overlay.get("namespace"), "namespace");
        Map<String, Object> patch = DeploymentFiles.documents(KUBERNETES.resolve("overlays/production/otel-collector-scout-patch.yaml")).get(0);
        Map<String, Object> container = DeploymentFiles.map(list(at(patch, "spec", "template", "spec"), "containers").get(0), "collector");
        assertEquals(List.of("--config=/conf/config.yaml", "--config=/conf/scout.yaml"), list(container, "args"), "collector args");
        assertEquals("scout-credentials", at(DeploymentFiles.map(list(container, "envFrom").get(0), "envFrom"), "secretRef").get("name"),
                "SCOUT_* from a Secret");
    }

    /** kustomize's own rendering (kubectl kustomize, from Debian's kubectl) when it is installed; skipped otherwise. */
    @Test
    void productionRendersWithTheScoutFileInTheCollectorsGeneratedConfiguration() {
        File kubectl = DeploymentFiles.executable("kubectl").orElse(null);
        assumeTrue(kubectl != null, "kubectl is not installed");
        DeploymentFiles.ToolRun render = DeploymentFiles.run(
                List.of(kubectl.getPath(), "kustomize", "deploy/kubernetes/overlays/production"), Map.of());
        assertEquals(0, render.exitCode(), "kubectl kustomize: " + render.output());
        List<Map<String, Object>> rendered = DeploymentFiles.documents(render.output(), "rendered production");

        Map<String, Object> collectorConfig = rendered.stream()
                .filter(r -> "ConfigMap".equals(r.get("kind")) && string(at(r, "metadata"), "name").startsWith("otel-collector-config-"))
                .findFirst().orElseThrow(() -> new AssertionError("no generated otel-collector-config ConfigMap"));
        Map<String, Object> files = at(collectorConfig, "data");
        assertEquals(Set.of("config.yaml", "scout.yaml"), files.keySet(), "the collector's configuration files");
        Map<String, Object> merged = DeploymentFiles.merged(DeploymentFiles.yamlText(files.get("config.yaml").toString()),
                DeploymentFiles.yamlText(files.get("scout.yaml").toString()));
        assertEquals(List.of(), CollectorConfigTest.unusedOrUndefined(merged), "the rendered collector configuration");

        for (Map<String, Object> resource : rendered) {
            if (!"Namespace".equals(resource.get("kind"))) {
                assertEquals("observable", at(resource, "metadata").get("namespace"), resource.get("kind") + " " + at(resource, "metadata").get("name"));
            }
            if ("Deployment".equals(resource.get("kind"))) {
                String name = string(at(resource, "metadata"), "name");
                Map<String, Object> podSpec = at(resource, "spec", "template", "spec");
                String image = string(DeploymentFiles.map(list(podSpec, "containers").get(0), name), "image");
                if (name.equals("otel-collector")) {
                    assertEquals(string(at(collectorConfig, "metadata"), "name"),
                            at(DeploymentFiles.map(list(podSpec, "volumes").get(0), "volume"), "configMap").get("name"),
                            "the collector mounts the generated ConfigMap");
                } else {
                    assertEquals("registry.example.com/observable-service:1.0.0", image, name + " image");
                }
            }
        }
    }

    private static Map<String, Object> yamlIfKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml") ? yaml(file) : Map.of();
    }

    /** The base's resources, from the files its kustomization lists. */
    private static List<Map<String, Object>> resources(Path dir) {
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String file : DeploymentFiles.<String>list(yaml(dir.resolve("kustomization.yaml")), "resources")) {
            resources.addAll(DeploymentFiles.documents(dir.resolve(file)));
        }
        return resources;
    }

    private static Map<String, Object> resource(String kind, String name) {
        return resources(BASE).stream()
                .filter(r -> kind.equals(r.get("kind")) && name.equals(at(r, "metadata").get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("the base has no " + kind + " " + name));
    }

    private static Map<String, Object> deployment(String name) {
        return resource("Deployment", name);
    }

    private static Map<String, Object> container(String name) {
        List<Object> containers = list(at(deployment(name), "spec", "template", "spec"), "containers");
        return DeploymentFiles.map(containers.get(0), name + " container");
    }

    /** The container's env entries by variable name. */
    private static Map<String, Object> env(String name) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Object entry : list(container(name), "env")) {
            Map<String, Object> variable = DeploymentFiles.map(entry, "env entry");
            env.put(string(variable, "name"), variable);
        }
        return env;
    }
}
