package org.example.observable.testsupport;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the live OpenAPI document ({@code /openapi}) promises an operation answers: so that a test which meets an
 * answer at the wire can check that the document lists it, as a client generated from the document expects.
 */
public final class DocumentedAnswers {

    private static JsonPath document;

    private DocumentedAnswers() {
    }

    /** The status codes the document lists for {@code method} (e.g. {@code PUT}) on {@code path} (the template). */
    public static Set<Integer> statuses(String method, String path) {
        Set<Integer> statuses = new TreeSet<>();
        responses(method, path).keySet().forEach(code -> statuses.add(Integer.valueOf(code)));
        return statuses;
    }

    /** The headers the document lists for that status of the operation, by name; empty when it lists none. */
    public static Set<String> headers(String method, String path, int status) {
        Object response = responses(method, path).get(Integer.toString(status));
        if (!(response instanceof Map<?, ?> answer)) {
            throw new AssertionError(method + " " + path + " lists no " + status + " in /openapi");
        }
        Set<String> headers = new TreeSet<>();
        if (answer.get("headers") instanceof Map<?, ?> listed) {
            listed.keySet().forEach(name -> headers.add(String.valueOf(name)));
        }
        return headers;
    }

    private static Map<String, Object> responses(String method, String path) {
        Map<String, Object> responses = document().getMap("paths.'" + path + "'." + method.toLowerCase(Locale.ROOT) + ".responses");
        if (responses == null) {
            throw new AssertionError("no operation " + method + " " + path + " in /openapi");
        }
        return responses;
    }

    private static synchronized JsonPath document() {
        if (document == null) {
            document = ServiceUnderTest.request().accept(ContentType.JSON).get("/openapi?format=JSON")
                    .then().statusCode(200).extract().jsonPath();
        }
        return document;
    }
}
