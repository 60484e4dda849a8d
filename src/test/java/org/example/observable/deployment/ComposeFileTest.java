package org.example.observable.deployment;

import static org.example.observable.deployment.DeploymentFiles.at;
import static org.example.observable.deployment.DeploymentFiles.list;
import static org.example.observable.deployment.DeploymentFiles.path;
import static org.example.observable.deployment.DeploymentFiles.text;
import static org.example.observable.deployment.DeploymentFiles.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml (and deploy/compose.scout.yaml) carry the stack issue 9 asks for, pinned and in dependency order. */
class ComposeFileTest {

    private static final List<String> COMPOSE_FILES = List.of("docker-compose.yml", "deploy/compose.scout.yaml");
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)");
    private static final Set<String> SECRETS = Set.of("JWT_KEYSTORE_PASSWORD", "PAYMENT_SERVICE_TOKEN", "DB_PASSWORD", "GRAFANA_ADMIN_PASSWORD",
            "SCOUT_CLIENT_SECRET");

    private final Map<String, Object> services = at(yaml("docker-compose.yml"), "services");

    @Test
    void theStackHasTheServiceThePaymentsInstanceTheDatabaseAndTheTelemetryBackends() {
        assertEquals(Set.of("app", "payments", "postgres", "otel-collector", "jaeger", "prometheus", "grafana", "load"),
                services.keySet(), "services");
        assertEquals("payment-service", at(service("payments"), "environment").get("OTEL_SERVICE_NAME"), "the payments instance's service name");
        assertEquals("http://payments:9080/api", at(service("app"), "environment").get("PAYMENT_SERVICE_URL"), "orders call the payments instance");
        assertTrue(image("postgres").startsWith("postgres:18"), "PostgreSQL 18, was " + image("postgres"));
        assertTrue(service("postgres").containsKey("healthcheck"), "PostgreSQL has a health check");
        assertTrue(list(service("postgres"), "volumes").contains("postgres-data:/var/lib/postgresql"), "PostgreSQL data in a volume");
        for (String name : List.of("app", "payments")) {
            assertEquals("http://otel-collector:4318", at(service(name), "environment").get("OTEL_EXPORTER_OTLP_ENDPOINT"),
                    name + " exports to the collector");
        }
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        services.forEach((name, definition) -> {
            String image = DeploymentFiles.string(DeploymentFiles.map(definition, name), "image");
            assertTrue(DeploymentFiles.isPinned(image), name + ": image without a version tag (or :latest): " + image);
        });
    }

    @Test
    void theUnpinnedCheckRejectsMissingAndLatestTags() {
        assertFalse(DeploymentFiles.isPinned("grafana/grafana"), "no tag");
        assertFalse(DeploymentFiles.isPinned("grafana/grafana:latest"), "latest");
        assertFalse(DeploymentFiles.isPinned("registry:5000/grafana"), "a registry port is not a tag");
        assertTrue(DeploymentFiles.isPinned("registry:5000/grafana/grafana:12.2.1"), "tag after a registry port");
    }

    /** A dependency's health is awaited when it has a health check: in compose, or in the Dockerfile it is built from. */
    @Test
    void dependenciesAreAwaitedHealthyWhereTheyHaveAHealthCheck() {
        boolean dockerfileHealthCheck = text(path("Dockerfile")).contains("HEALTHCHECK");
        services.forEach((name, definition) -> at(DeploymentFiles.map(definition, name), "depends_on").forEach((dependency, how) -> {
            Map<String, Object> target = service(dependency);
            boolean healthChecked = target.containsKey("healthcheck") || (target.containsKey("build") && dockerfileHealthCheck);
            assertEquals(healthChecked ? "service_healthy" : "service_started", DeploymentFiles.map(how, dependency).get("condition"),
                    name + " depends on " + dependency);
        }));
    }

    @Test
    void grafanaHasItsDataSourcesAndDashboardsAndPrometheusScrapesTheCollector() {
        List<String> grafanaVolumes = list(service("grafana"), "volumes");
        assertTrue(grafanaVolumes.contains("./deploy/grafana/provisioning:/etc/grafana/provisioning:ro"), "provisioning " + grafanaVolumes);
        assertTrue(grafanaVolumes.contains("./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro"), "dashboards " + grafanaVolumes);
        List<String> targets = new ArrayList<>();
        for (Object job : list(yaml("deploy/prometheus/prometheus.yml"), "scrape_configs")) {
            for (Object staticConfig : list(DeploymentFiles.map(job, "scrape job"), "static_configs")) {
                targets.addAll(list(DeploymentFiles.map(staticConfig, "static_configs"), "targets"));
            }
        }
        assertEquals(List.of("otel-collector:8889", "otel-collector:8888"), targets,
                "Prometheus scrapes the collector's exporter and the collector's own metrics");
    }

    @Test
    void theLoadGeneratorRunsOnlyInItsProfile() {
        assertEquals(List.of("load"), list(service("load"), "profiles"), "profiles of load");
        assertTrue(Files.exists(path("deploy/load/api-mix.js")), "the load script");
        services.forEach((name, definition) -> {
            if (!name.equals("load")) {
                assertTrue(list(DeploymentFiles.map(definition, name), "profiles").isEmpty(), name + " starts without a profile");
            }
        });
    }

    @Test
    void bothInstancesReadTheSameAccessTokenKeyStoreReadOnly() {
        for (String name : List.of("app", "payments")) {
            assertEquals(List.of("${JWT_KEYSTORE_FILE:?set JWT_KEYSTORE_FILE in .env}:/config/token-keys/token-keys.p12:ro"),
                    list(service(name), "volumes"), name + " mounts the key store");
            assertEquals("/config/token-keys/token-keys.p12", at(service(name), "environment").get("JWT_KEYSTORE"), name + " JWT_KEYSTORE");
        }
    }

    @Test
    void everyMountedFileIsInTheRepository() {
        for (String file : COMPOSE_FILES) {
            at(yaml(file), "services").forEach((name, definition) -> {
                for (Object volume : list(DeploymentFiles.map(definition, name), "volumes")) {
                    String source = volume.toString().split(":")[0];
                    if (source.startsWith("./")) {
                        assertTrue(Files.exists(path(source.substring(2))), file + ": " + name + " mounts a missing " + source);
                    }
                }
            });
        }
    }

    @Test
    void theScoutOverlayLoadsTheScoutCollectorFileWithItsCredentials() {
        Map<String, Object> collector = at(yaml("deploy/compose.scout.yaml"), "services", "otel-collector");
        assertEquals(List.of("--config=/etc/otelcol/config.yaml", "--config=/etc/otelcol/scout.yaml"), list(collector, "command"), "command");
        assertEquals(Set.of("SCOUT_ENDPOINT", "SCOUT_TOKEN_URL", "SCOUT_CLIENT_ID", "SCOUT_CLIENT_SECRET"),
                at(collector, "environment").keySet(), "the collector's SCOUT_* variables");
        assertFalse(text(path("docker-compose.yml")).contains("SCOUT_"), "without the overlay nothing reads SCOUT_*");
    }

    @Test
    void envExampleListsEveryVariableTheComposeFilesReadAndNoSecret() {
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : text(path(".env.example")).lines().toList()) {
            Matcher assignment = Pattern.compile("^([A-Z_][A-Z0-9_]*)=(.*)$").matcher(line);
            if (assignment.matches()) {
                example.put(assignment.group(1), assignment.group(2));
            }
        }
        Set<String> read = new TreeSet<>();
        for (String file : COMPOSE_FILES) {
            Matcher variable = VARIABLE.matcher(text(path(file)));
            while (variable.find()) {
                read.add(variable.group(1));
            }
        }
        assertEquals(Set.of(), difference(read, example.keySet()), "read by the compose files but missing from .env.example");
        for (String secret : SECRETS) {
            assertEquals("", example.get(secret), ".env.example must not carry a value for " + secret);
        }
    }

    /** Compose's own validation, when a docker-compose binary is installed (Debian's package); skipped otherwise. */
    @Test
    void composeValidatesTheFilesWhenItIsInstalled() {
        File compose = DeploymentFiles.executable("docker-compose").orElse(null);
        assumeTrue(compose != null, "docker-compose is not installed");
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String variable : List.of("DB_PASSWORD", "JWT_KEYSTORE_PASSWORD", "PAYMENT_SERVICE_TOKEN", "GRAFANA_ADMIN_PASSWORD", "SCOUT_ENDPOINT", "SCOUT_TOKEN_URL",
                "SCOUT_CLIENT_ID", "SCOUT_CLIENT_SECRET")) {
            placeholders.put(variable, "placeholder");
        }
        placeholders.put("JWT_KEYSTORE_FILE", "./token-keys.p12");
        DeploymentFiles.ToolRun config = DeploymentFiles.run(List.of(compose.getPath(), "-f", "docker-compose.yml",
                "-f", "deploy/compose.scout.yaml", "--profile", "load", "config", "-q"), placeholders);
        assertEquals(0, config.exitCode(), "docker-compose config -q: " + config.output());
    }

    private Map<String, Object> service(String name) {
        return at(Map.of("services", services), "services", name);
    }

    private String image(String name) {
        return DeploymentFiles.string(service(name), "image");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
