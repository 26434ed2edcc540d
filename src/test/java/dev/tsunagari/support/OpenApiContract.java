package dev.tsunagari.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tsunagari.http.ApiDocs;
import dev.tsunagari.http.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI document the service serves, used as a test oracle: which operation a request hits, and whether a
 * real response (status, headers, body) is one the document promises (schemas checked by {@link SchemaValidator}).
 */
public final class OpenApiContract {
    public static final ObjectNode DOCUMENT = ApiDocs.document();
    private static final SchemaValidator SCHEMAS = new SchemaValidator(DOCUMENT);
    /** Refusals of the HTTP layer, whatever the operation (see components.responses.HttpLayer): problems too; 503 and 507 when Neo4j is unavailable. */
    private static final Set<Integer> HTTP_LAYER_STATUSES = Set.of(414, 429, 431, 503, 507);

    private OpenApiContract() {}

    /** One documented operation: a method and a path template as the document writes it. */
    public record Operation(String method, String template) {
        public JsonNode node() {
            return DOCUMENT.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        }
    }

    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        DOCUMENT.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(key -> {
            if (List.of("get", "put", "post", "patch", "delete", "head", "options").contains(key)) {
                operations.add(new Operation(key.toUpperCase(Locale.ROOT), path.getKey()));
            }
        }));
        return operations;
    }

    /** The documented operation a request to {@code rawPath} (as sent, query included) would hit. */
    public static Optional<Operation> operation(String method, String rawPath) {
        List<String> segments = segments(rawPath);
        return operations().stream()
                .filter(op -> op.method().equals(method) && matches(segments(op.template()), segments))
                .findFirst();
    }

    /** Everything about the response that the document does not promise; empty when it conforms. */
    public static List<String> violations(String method, String rawPath, TestApi.Response response) {
        Optional<Operation> operation = operation(method, rawPath);
        if (operation.isEmpty() || (HTTP_LAYER_STATUSES.contains(response.status())
                && operation.get().node().path("responses").path(String.valueOf(response.status())).isMissingNode())) {
            if (response.status() < 400) {
                return isStaticAsset(rawPath) ? List.of()
                        : List.of(method + " " + rawPath + " answered " + response.status() + " but is not documented");
            }
            return bodyViolations("problem", "application/problem+json", schemaRef("Problem"), response);
        }
        String where = method + " " + operation.get().template() + " → " + response.status();
        JsonNode documented = responseFor(operation.get(), response.status());
        if (documented.isMissingNode()) {
            return List.of(where + " is not a documented status");
        }
        List<String> violations = new ArrayList<>();
        documented.path("headers").fieldNames().forEachRemaining(header -> {
            if (response.raw().headers().firstValue(header).isEmpty()) {
                violations.add(where + ": the documented header " + header + " is missing");
            }
        });
        JsonNode content = documented.path("content");
        if (content.isMissingNode()) {
            if (!response.text().isEmpty()) {
                violations.add(where + ": documented without a body, answered " + response.text());
            }
            return violations;
        }
        String mediaType = response.contentType().split(";")[0].strip();
        if (!content.has(mediaType)) {
            violations.add(where + ": media type " + mediaType + " is not documented (" + content.fieldNames().next() + ")");
            return violations;
        }
        violations.addAll(bodyViolations(where, mediaType, content.path(mediaType).path("schema"), response));
        return violations;
    }

    /** Whether a request body the service accepted is one the document allows (the doc is not stricter). */
    public static List<String> requestViolations(Operation operation, String contentType, String body) {
        JsonNode content = resolve(operation.node().path("requestBody")).path("content");
        if (content.isMissingNode() || body == null) {
            return List.of();
        }
        String mediaType = contentType == null ? "application/json" : contentType.split(";")[0].strip();
        JsonNode schema = content.has(mediaType) ? content.path(mediaType).path("schema") : content.elements().next().path("schema");
        return SCHEMAS.validate(operation.method() + " " + operation.template() + " request", schema, body);
    }

    /** The documented response for a status: exact, then its class (4XX), then default. */
    public static JsonNode responseFor(Operation operation, int status) {
        JsonNode responses = operation.node().path("responses");
        for (String key : List.of(String.valueOf(status), (status / 100) + "XX", "default")) {
            if (responses.has(key)) {
                return resolve(responses.path(key));
            }
        }
        return responses.path(String.valueOf(status));
    }

    /** Validates a JSON text against a schema of the document (or one that refers into it). */
    public static List<String> validate(String where, JsonNode schema, String json) {
        return SCHEMAS.validate(where, schema, json);
    }

    public static JsonNode schemaRef(String name) {
        return Json.MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static List<String> bodyViolations(String where, String mediaType, JsonNode schema, TestApi.Response response) {
        String actual = response.contentType().split(";")[0].strip();
        if (!actual.equals(mediaType)) {
            return List.of(where + ": expected " + mediaType + ", got " + response.contentType() + ": " + abbreviate(response.text()));
        }
        return mediaType.endsWith("json") ? SCHEMAS.validate(where, schema, response.text()) : List.of();
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.path("$ref");
        return ref.isTextual() ? DOCUMENT.at(ref.asText().substring(1)) : node;
    }

    /** Files of the docs page (the swagger-ui webjar, public/ and Neo4j Browser): served, but not part of the API. */
    private static boolean isStaticAsset(String rawPath) {
        String path = rawPath.split("\\?", 2)[0];
        return path.startsWith("/webjars/") || path.equals("/browser") || path.startsWith("/browser/")
                || OpenApiContract.class.getClassLoader().getResource("public" + path) != null;
    }

    private static List<String> segments(String path) {
        String withoutQuery = path.split("\\?", 2)[0];
        // Javalin ignores one trailing slash, so /api/people/ is /api/people.
        if (withoutQuery.length() > 1 && withoutQuery.endsWith("/")) {
            withoutQuery = withoutQuery.substring(0, withoutQuery.length() - 1);
        }
        return List.of(withoutQuery.split("/", -1));
    }

    private static boolean matches(List<String> template, List<String> actual) {
        if (template.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            boolean parameter = expected.startsWith("{") && expected.endsWith("}");
            if (parameter ? actual.get(i).isEmpty() : !expected.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
