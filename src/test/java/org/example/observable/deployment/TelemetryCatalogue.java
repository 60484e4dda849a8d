package org.example.observable.deployment;

import static org.example.observable.deployment.DeploymentFiles.path;
import static org.example.observable.deployment.DeploymentFiles.text;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.observable.deployment.PrometheusNames.Type;

/** docs/telemetry.md as the deployment tests read it: its "Metrics in Prometheus" table and the names it describes. */
final class TelemetryCatalogue {

    static final String FILE = "docs/telemetry.md";
    static final String PROMETHEUS_SECTION = "## Metrics in Prometheus";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private TelemetryCatalogue() {
    }

    /** One row of the "Metrics in Prometheus" table. */
    record PrometheusMetric(String prometheusName, String metric, Type type, String unit, String source) {
    }

    /** The metric names the catalogue's Prometheus table allows a query to use. */
    static Set<String> cataloguedSeries() {
        Set<String> series = new TreeSet<>();
        prometheusTable().forEach(row -> series.addAll(PrometheusNames.series(row.prometheusName(), row.type())));
        return series;
    }

    static List<PrometheusMetric> prometheusTable() {
        List<PrometheusMetric> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : text(path(FILE)).lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith(PROMETHEUS_SECTION);
            } else if (inSection && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                rows.add(new PrometheusMetric(code(cells[1]), code(cells[2]), Type.of(cells[3].strip()), code(cells[4]), cells[5].strip()));
            }
        }
        assertFalse(rows.isEmpty(), FILE + " has a table under " + PROMETHEUS_SECTION);
        return rows;
    }

    /** Every name in backticks elsewhere in the catalogue, with {a,b} alternatives spelt out. */
    static Set<String> describedMetricNames() {
        Set<String> names = new TreeSet<>();
        boolean inSection = false;
        for (String line : text(path(FILE)).lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith(PROMETHEUS_SECTION);
            } else if (!inSection) {
                Matcher code = CODE.matcher(line);
                while (code.find()) {
                    names.addAll(expandAlternatives(code.group(1)));
                }
            }
        }
        return names;
    }

    static List<String> expandAlternatives(String text) {
        Matcher group = Pattern.compile("\\{([^{}]*,[^{}]*)}").matcher(text);
        if (!group.find()) {
            return List.of(text);
        }
        List<String> expanded = new ArrayList<>();
        for (String alternative : group.group(1).split(",")) {
            expanded.addAll(expandAlternatives(text.substring(0, group.start()) + alternative.strip() + text.substring(group.end())));
        }
        return expanded;
    }

    private static String code(String cell) {
        Matcher code = CODE.matcher(cell);
        return code.find() ? code.group(1) : "";
    }
}
