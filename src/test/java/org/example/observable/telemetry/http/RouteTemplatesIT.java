package org.example.observable.telemetry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.trace.v1.Span;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.ApplicationPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.example.observable.telemetry.TelemetryNames;
import org.example.observable.testsupport.ApiUser;
import org.example.observable.testsupport.ExternalApiStub;
import org.example.observable.testsupport.OtlpReceiver;
import org.example.observable.testsupport.ServiceUnderTest;
import org.example.observable.testsupport.Shop;
import org.example.observable.testsupport.TestTrace;
import org.example.observable.web.RestApplication;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the live OpenAPI document, called once: the {@code http.route} of its SERVER span, of the
 * {@code http.server.request.duration} point and of the {@code http.server.response.body.size} point that counted
 * it equal the operation's path (server path + OpenAPI path). An operation without a call below is still called,
 * with placeholder values, so a new endpoint is checked the day it appears.
 * <p>
 * Metric points carry nothing of a single request, so the point that counted a call is found by difference:
 * the series of the call's method and status whose count grew between the export before and the one after it.
 */
class RouteTemplatesIT {

    /** Liberty's HTTP server metric (docs/telemetry.md), not one of our names. */
    private static final String HTTP_SERVER_REQUEST_DURATION = "http.server.request.duration";

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** Requests the service makes to itself while serving an operation: their points grow in the same window. */
    private static final Map<String, Set<String>> SERVED_ALONG = Map.of("POST /api/orders", Set.of("/api/payments"));

    private final OtlpReceiver receiver = OtlpReceiver.shared();

    private record Fixture(ApiUser user, long postId, long productId, long orderId) {
    }

    /** A request ready to send; {@code afterSetUp} when preparing it made requests of its own. */
    private record Prepared(RequestSpecification request, String path, boolean afterSetUp) {
    }

    /** The calls of one operation (usually one; one per request body type where there are several). */
    private static Map<String, List<Function<Fixture, Prepared>>> calls() {
        Map<String, List<Function<Fixture, Prepared>>> calls = new LinkedHashMap<>();
        calls.put("POST /api/users", List.of(f -> ready(ServiceUnderTest.request().body(
                Map.of("email", "routes-" + UUID.randomUUID() + "@example.com", "password", ApiUser.PASSWORD)), "/api/users")));
        calls.put("GET /api/users/me", List.of(f -> ready(f.user().request(), "/api/users/me")));
        calls.put("DELETE /api/users/me", List.of(f -> afterSetUp(ApiUser.register().request(), "/api/users/me")));
        calls.put("GET /api/users/{id}", List.of(f -> ready(f.user().request(), "/api/users/" + f.user().id())));
        calls.put("POST /api/login", List.of(
                f -> ready(ServiceUnderTest.request().body(Map.of("email", f.user().email(), "password", f.user().password())),
                        "/api/login"),
                f -> ready(ServiceUnderTest.request().contentType(ContentType.URLENC)
                        .formParam("username", f.user().email()).formParam("password", f.user().password()), "/api/login")));
        calls.put("GET /api/posts", List.of(f -> ready(f.user().request().queryParam("limit", 5), "/api/posts")));
        calls.put("POST /api/posts", List.of(f -> ready(f.user().request().body(post("Routes")), "/api/posts")));
        calls.put("GET /api/posts/{id}", List.of(f -> ready(f.user().request(), "/api/posts/" + f.postId())));
        calls.put("PUT /api/posts/{id}", List.of(f -> ready(f.user().request().body(post("Routes, again")),
                "/api/posts/" + f.postId())));
        calls.put("DELETE /api/posts/{id}", List.of(f -> afterSetUp(f.user().request(),
                "/api/posts/" + f.user().createPost("Routes, to delete", "content"))));
        calls.put("POST /api/posts/import", List.of(f -> ready(f.user().request().body(List.of(post("Imported"))),
                "/api/posts/import")));
        calls.put("POST /api/votes", List.of(f -> ready(f.user().request().body(Map.of("post_id", f.postId(), "voted", true)),
                "/api/votes")));
        calls.put("GET /api/products", List.of(f -> ready(ServiceUnderTest.request(), "/api/products")));
        calls.put("POST /api/products", List.of(f -> ready(f.user().request().body(
                Map.of("name", "routes-" + UUID.randomUUID(), "price", "1.00", "stock", 1)), "/api/products")));
        calls.put("POST /api/orders", List.of(f -> ready(f.user().request().body(Shop.order(f.productId(), 1, "card")),
                "/api/orders")));
        calls.put("GET /api/orders", List.of(f -> ready(f.user().request(), "/api/orders")));
        calls.put("GET /api/orders/{id}", List.of(f -> ready(f.user().request(), "/api/orders/" + f.orderId())));
        calls.put("POST /api/payments", List.of(f -> ready(ServiceUnderTest.requestAsOrderService().body(
                Map.of("order_id", f.orderId(), "amount", "1.00", "payment_method", "card")), "/api/payments")));
        calls.put("GET /api/payments/{idempotencyKey}", List.of(f -> ready(ServiceUnderTest.requestAsOrderService(),
                "/api/payments/" + f.orderId())));
        calls.put("GET /api/external/{resource}", List.of(f -> ready(ServiceUnderTest.request(), "/api/external/quote")));
        calls.put("GET /api/telemetry/status", List.of(f -> ready(ServiceUnderTest.request(), "/api/telemetry/status")));
        return calls;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationIsExportedWithItsOpenApiPathAsRoute() {
        ExternalApiStub.shared();
        Set<String> operations = openApiOperations();
        Map<String, List<Function<Fixture, Prepared>>> calls = calls();
        Fixture fixture = fixture();
        receiver.awaitMetricExports();

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("every call here names an operation of the OpenAPI document", () -> assertEquals(Set.of(),
                calls.keySet().stream().filter(op -> !operations.contains(op)).collect(Collectors.toSet()),
                "calls of operations the OpenAPI document does not have (paths: " + operations + ")")));
        for (String operation : operations) {
            List<Function<Fixture, Prepared>> opCalls = calls.getOrDefault(operation, List.of(f -> placeholderCall(f, operation)));
            for (int i = 0; i < opCalls.size(); i++) {
                Function<Fixture, Prepared> call = opCalls.get(i);
                tests.add(dynamicTest(operation + (opCalls.size() > 1 ? " (call " + (i + 1) + ")" : ""),
                        () -> assertRoutes(operation, call.apply(fixture))));
            }
        }
        Set<String> routes = operations.stream().map(op -> op.substring(op.indexOf(' ') + 1)).collect(Collectors.toSet());
        tests.add(dynamicTest("no other route under the API was exported for a matched request", () -> assertEquals(Map.of(),
                exportedApiRoutes().entrySet().stream().filter(e -> !routes.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new)),
                "http.route values on SERVER spans or HTTP metric points that are no OpenAPI path, each with where it was seen")));
        return tests.stream();
    }

    private void assertRoutes(String operation, Prepared prepared) {
        String method = operation.substring(0, operation.indexOf(' '));
        String route = operation.substring(operation.indexOf(' ') + 1);
        if (prepared.afterSetUp()) {
            receiver.awaitMetricExports();
        }
        Map<String, Long> durationsBefore = counts(HTTP_SERVER_REQUEST_DURATION);
        Map<String, Long> bodySizesBefore = counts(TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE);
        TestTrace trace = TestTrace.random();

        Response response = prepared.request().header("traceparent", trace.traceparent()).request(method, prepared.path());
        String status = Integer.toString(response.statusCode());
        assertFalse(response.statusCode() >= 500, operation + " answered " + status + ": " + response.asString());

        Span server = receiver.awaitSpan("SERVER span of " + operation + " in trace " + trace.traceId(),
                s -> OtlpReceiver.traceIdHex(s).equals(trace.traceId()) && s.getKind() == Span.SpanKind.SPAN_KIND_SERVER
                        && OtlpReceiver.parentSpanIdHex(s).equals(trace.parentSpanId()));
        assertEquals(route, OtlpReceiver.attribute(server.getAttributesList(), TelemetryNames.HTTP_ROUTE).orElse(null),
                "http.route of the SERVER span of " + operation);

        Set<String> expected = new TreeSet<>(SERVED_ALONG.getOrDefault(operation, Set.of()));
        expected.add(route);
        assertEquals(expected, grownRoutes(HTTP_SERVER_REQUEST_DURATION, durationsBefore, method, status,
                expected.size()), "http.route of the http.server.request.duration points that counted " + operation + " " + status);
        assertEquals(expected, grownRoutes(TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE, bodySizesBefore, method, status,
                expected.size()), "http.route of the http.server.response.body.size points that counted " + operation + " " + status);
    }

    /** Routes of the series (method, status) whose count grew since {@code before}, once there are {@code atLeast}. */
    private Set<String> grownRoutes(String metric, Map<String, Long> before, String method, String status, int atLeast) {
        return OtlpReceiver.await(atLeast + " grown " + metric + " series of " + method + " " + status, () -> {
            Set<String> routes = latestPoints(metric).entrySet().stream()
                    .filter(e -> e.getValue().getCount() > before.getOrDefault(e.getKey(), 0L))
                    .map(Map.Entry::getValue)
                    .filter(p -> attribute(p, "http.request.method").equals(method))
                    .filter(p -> attribute(p, "http.response.status_code").equals(status))
                    .map(p -> attribute(p, TelemetryNames.HTTP_ROUTE))
                    .collect(Collectors.toCollection(TreeSet::new));
            return routes.size() >= atLeast ? Optional.of(routes) : Optional.empty();
        });
    }

    private Map<String, Long> counts(String metric) {
        return latestPoints(metric).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getCount()));
    }

    /** The newest point of each series (attribute set) of a cumulative histogram. */
    private Map<String, HistogramDataPoint> latestPoints(String metric) {
        Map<String, HistogramDataPoint> latest = new LinkedHashMap<>();
        receiver.points(metric).forEach(p -> latest.put(seriesKey(p.attributes()), p.histogram()));
        return latest;
    }

    /** Every http.route under the API on a SERVER span or an HTTP metric point, with one place it was seen. */
    private Map<String, String> exportedApiRoutes() {
        String api = RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Map<String, String> seen = new TreeMap<>();
        receiver.spans().stream().filter(s -> s.getKind() == Span.SpanKind.SPAN_KIND_SERVER).forEach(s ->
                OtlpReceiver.attribute(s.getAttributesList(), TelemetryNames.HTTP_ROUTE).ifPresent(route ->
                        seen.putIfAbsent(route, "span " + s.getName() + " " + OtlpReceiver.attribute(s.getAttributesList(),
                                "url.path").orElse("") + " " + OtlpReceiver.attribute(s.getAttributesList(),
                                "http.response.status_code").orElse(""))));
        Stream.of(HTTP_SERVER_REQUEST_DURATION, TelemetryNames.HTTP_SERVER_RESPONSE_BODY_SIZE)
                .flatMap(metric -> receiver.points(metric).stream())
                .forEach(p -> p.attribute(TelemetryNames.HTTP_ROUTE).ifPresent(route ->
                        seen.putIfAbsent(route, p.metric().getName() + " " + attribute(p.histogram(), "http.request.method")
                                + " " + attribute(p.histogram(), "http.response.status_code"))));
        seen.keySet().removeIf(route -> !route.startsWith(api));
        // Liberty's, for requests no resource matched (404): the application path on the span, the servlet mapping
        // on http.server.request.duration. Ours leaves http.route out then.
        seen.keySet().removeAll(Set.of(api, api + "/*"));
        return seen;
    }

    /** "METHOD route" of every operation of /openapi, route = the path of its first server URL + the OpenAPI path. */
    private static Set<String> openApiOperations() {
        JsonPath document = ServiceUnderTest.request().accept(ContentType.JSON).get("/openapi?format=JSON")
                .then().statusCode(200).extract().jsonPath();
        List<String> servers = document.getList("servers.url", String.class);
        String serverPath = servers == null || servers.isEmpty() ? "" : URI.create(servers.get(0)).getPath();
        String prefix = serverPath == null ? "" : serverPath.replaceAll("/+$", "");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(HTTP_METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + prefix + path)));
        return operations;
    }

    private static Fixture fixture() {
        ApiUser user = ApiUser.register();
        long postId = user.createPost("Routes", "content");
        long productId = Shop.createProduct(user, "1.00", 10);
        long orderId = user.request().body(Shop.order(productId, 1, "card")).post("/api/orders")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        return new Fixture(user, postId, productId, orderId);
    }

    /** An operation this test has no call for: authenticated, every path parameter 1, an empty JSON object as body. */
    private static Prepared placeholderCall(Fixture fixture, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        RequestSpecification request = fixture.user().request();
        if (Set.of("POST", "PUT", "PATCH").contains(method)) {
            request = request.body("{}");
        }
        return ready(request, operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^/]+}", "1"));
    }

    private static Prepared ready(RequestSpecification request, String path) {
        return new Prepared(request, path, false);
    }

    private static Prepared afterSetUp(RequestSpecification request, String path) {
        return new Prepared(request, path, true);
    }

    private static Map<String, String> post(String title) {
        return Map.of("title", title, "content", "content of " + title);
    }

    private static String seriesKey(List<KeyValue> attributes) {
        return attributes.stream().map(kv -> kv.getKey() + "=" + OtlpReceiver.asString(kv.getValue()))
                .sorted().collect(Collectors.joining(","));
    }

    private static String attribute(HistogramDataPoint point, String key) {
        return OtlpReceiver.attribute(point.getAttributesList(), key).orElse("");
    }
}
