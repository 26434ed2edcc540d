package dev.tsunagari.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.tsunagari.http.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema 2020-12 validation (formats such as date, date-time and uri-reference asserted) of JSON texts against
 * schemas of one OpenAPI document, or schemas that refer into it with {@code #/components/...}.
 */
final class SchemaValidator {
    /** Where the validator believes the document lives; it is handed the text, nothing is fetched. */
    private static final String BASE = "https://tsunagari.test/openapi.json";
    private final SchemaRegistry registry;
    private final Map<JsonNode, Schema> compiled = new ConcurrentHashMap<>();

    SchemaValidator(JsonNode document) {
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(BASE, document.toString()))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** What is wrong with {@code json} by {@code schema}, each line starting with {@code where}; empty when valid. */
    List<String> validate(String where, JsonNode schema, String json) {
        JsonNode instance;
        try {
            instance = Json.MAPPER.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (IOException e) {
            return List.of(where + ": the body is not JSON: " + OpenApiContract.abbreviate(json));
        }
        List<Error> errors = compiled.computeIfAbsent(schema, this::compile).validate(instance);
        return errors.stream().map(e -> where + ": " + e + " in " + OpenApiContract.abbreviate(json)).toList();
    }

    private Schema compile(JsonNode schema) {
        return registry.getSchema(absoluteRefs(schema.deepCopy()));
    }

    /** Makes {@code #/...} references point into the document, so a schema can be compiled on its own. */
    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.put("$ref", BASE + ref.asText());
            }
            object.elements().forEachRemaining(SchemaValidator::absoluteRefs);
        } else if (node.isArray()) {
            node.forEach(SchemaValidator::absoluteRefs);
        }
        return node;
    }
}
