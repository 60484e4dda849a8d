package org.example.observable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.metrics.v1.Metric;
import java.util.LinkedHashMap;
import java.util.Map;
import org.example.observable.deployment.PrometheusNames.Type;
import org.example.observable.deployment.TelemetryCatalogue.PrometheusMetric;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.Shop;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus names the dashboards query are derived from the type and unit docs/telemetry.md gives each metric;
 * for every metric the service, Liberty or the SDK emit, those are the type and unit that arrive over OTLP. (The
 * collector's rows cannot be checked here: no collector runs in the build.)
 */
class CataloguedMetricsIT {

    @Test
    void everyMetricOfThePrometheusTableArrivesWithItsCataloguedTypeAndUnit() {
        ApiUser user = ApiUser.register();
        long postId = user.createPost("Catalogued metrics", "content");
        user.request().body(Map.of("post_id", postId, "voted", true)).post("/api/votes").then().statusCode(201);
        long product = Shop.createProduct(user, "3.50", 5);
        user.request().body(Shop.order(product, 1, "card")).post("/api/orders").then().statusCode(201);

        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> arrived = new LinkedHashMap<>();
        for (PrometheusMetric row : TelemetryCatalogue.prometheusTable()) {
            if (row.source().startsWith("collector")) {
                continue;
            }
            Metric metric = OtlpReceiver.shared().awaitMetric(row.metric());
            expected.put(row.metric(), row.type().catalogueName + " " + row.unit());
            arrived.put(row.metric(), type(metric).catalogueName + " " + metric.getUnit());
        }
        assertEquals(expected, arrived, "type and unit of each metric: docs/telemetry.md vs the OTLP receiver");
    }

    private static Type type(Metric metric) {
        return switch (metric.getDataCase()) {
            case SUM -> metric.getSum().getIsMonotonic() ? Type.COUNTER : Type.UP_DOWN_COUNTER;
            case GAUGE -> Type.GAUGE;
            case HISTOGRAM, EXPONENTIAL_HISTOGRAM -> Type.HISTOGRAM;
            default -> throw new AssertionError(metric.getName() + " has no point type: " + metric.getDataCase());
        };
    }
}
