package org.example.observable.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the error side of the OpenAPI document (registered as {@code mp.openapi.filter}): every 4xx/5xx answer
 * is an {@code application/problem+json} {@link Problem}, and every operation lists the refusals this package gives
 * on any endpoint, which no resource method declares: 401 where a credential is required, 400/413/415 where a body is
 * read, 404 where a path parameter must name something. What each resource declares itself is kept, 503 included
 * (resource classes that reach the database declare it once for all their operations); every 429 and 503 lists its
 * {@code Retry-After}. A body taken in several media types lists JSON first: client generators use the first one
 * (log-in also takes the OAuth 2.0 form).
 */
public class ErrorResponsesFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String JSON = jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> complete(path, operation));
            }
        });
    }

    private static void complete(String path, Operation operation) {
        APIResponses responses = operation.getResponses() != null ? operation.getResponses() : OASFactory.createAPIResponses();
        operation.setResponses(responses);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfMissing(responses, "401", "Missing or invalid credentials");
        }
        if (operation.getRequestBody() != null) {
            jsonFirst(operation.getRequestBody().getContent());
            addIfMissing(responses, "400", "The body is not valid JSON or breaks an input rule");
            addIfMissing(responses, "413", "The body is larger than allowed");
            addIfMissing(responses, "415", "Unsupported content type");
        }
        if (path.contains("{")) {
            addIfMissing(responses, "404", "Nothing found at this path");
        }
        Map<String, APIResponse> all = responses.getAPIResponses();
        for (Map.Entry<String, APIResponse> response : all == null ? Map.<String, APIResponse>of().entrySet() : all.entrySet()) {
            if (isError(response.getKey())) {
                describeAsProblem(response.getKey(), response.getValue());
            }
        }
    }

    private static void jsonFirst(Content content) {
        if (content == null || content.getMediaTypes() == null || !content.hasMediaType(JSON)) {
            return;
        }
        Map<String, MediaType> ordered = new LinkedHashMap<>();
        ordered.put(JSON, content.getMediaType(JSON));
        content.getMediaTypes().forEach(ordered::putIfAbsent);
        content.setMediaTypes(ordered);
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static void describeAsProblem(String code, APIResponse response) {
        Schema problem = OASFactory.createSchema().ref(PROBLEM_SCHEMA);
        Content content = OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem));
        response.setContent(content);
        if (code.equals("401")) {
            response.addHeader("WWW-Authenticate", header("Always Bearer", Schema.SchemaType.STRING));
        } else if (code.equals("429") || code.equals("503")) {
            response.addHeader("Retry-After", header("Seconds to wait before trying again", Schema.SchemaType.INTEGER));
        }
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
