package org.example.observable.hostile;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.example.observable.testsupport.ServiceUnderTest;

/**
 * The operations of the live OpenAPI document, with what the corpus needs of each: the JSON body's fields (names as
 * the document writes them, which are the API's snake_case; OpenAPI types, required or not), whether the body is an array of them, the other media types
 * it consumes, its query parameters and whether it asks for a bearer token. A new endpoint appears here by itself.
 */
final class ApiOperations {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Field(String name, String type, boolean required) {
    }

    record Operation(String method, String path, Set<String> consumes, List<Field> fields, boolean arrayBody,
                     List<String> queryParameters, boolean secured) {

        String key() {
            return method + " " + path;
        }

        boolean consumesJson() {
            return consumes.contains("application/json");
        }

        boolean hasPathParameter() {
            return path.contains("{");
        }
    }

    private ApiOperations() {
    }

    static List<Operation> all() {
        JsonPath document = ServiceUnderTest.request().accept(ContentType.JSON).get("/openapi?format=JSON")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!HTTP_METHODS.contains(method)) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> operation = (Map<String, Object>) value;
            operations.add(operation(method.toUpperCase(Locale.ROOT), path, operation, schemas));
        }));
        operations.sort((a, b) -> a.key().compareTo(b.key()));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Operation operation(String method, String path, Map<String, Object> operation,
                                       Map<String, Map<String, Object>> schemas) {
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation
                .getOrDefault("requestBody", Map.of())).getOrDefault("content", Map.of());
        List<Field> fields = new ArrayList<>();
        boolean array = false;
        if (content.get("application/json") instanceof Map<?, ?> json && json.get("schema") instanceof Map<?, ?> schema) {
            Map<String, Object> object = (Map<String, Object>) schema;
            if ("array".equals(object.get("type")) && object.get("items") instanceof Map<?, ?> items) {
                array = true;
                object = (Map<String, Object>) items;
            }
            if (object.get("$ref") instanceof String ref) {
                object = schemas.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), Map.of());
            }
            List<String> required = (List<String>) object.getOrDefault("required", List.of());
            ((Map<String, Map<String, Object>>) object.getOrDefault("properties", Map.of())).forEach((name, property) ->
                    fields.add(new Field(name, String.valueOf(property.getOrDefault("type", "string")),
                            required.contains(name))));
        }
        List<String> query = new ArrayList<>();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            if ("query".equals(parameter.get("in"))) {
                query.add(String.valueOf(parameter.get("name")));
            }
        }
        boolean secured = operation.get("security") instanceof List<?> security && !security.isEmpty();
        return new Operation(method, path, Set.copyOf(content.keySet()), List.copyOf(fields), array, List.copyOf(query), secured);
    }

    /** A JSON object from raw JSON values by field name, in order. */
    static String object(Map<String, String> rawValues) {
        StringBuilder json = new StringBuilder("{");
        rawValues.forEach((name, raw) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(raw));
        return json.append('}').toString();
    }

    static Map<String, String> copy(Map<String, String> rawValues) {
        return new LinkedHashMap<>(rawValues);
    }
}
