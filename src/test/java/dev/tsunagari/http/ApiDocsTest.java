package dev.tsunagari.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.OpenApiContract;
import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /openapi.json is the merged OpenAPI 3.1 document and sound; /docs renders from the bundled webjar alone. */
@Neo4jTest
class ApiDocsTest {

    @Test
    void theServedDocumentIsTheMergedOpenApi31Document() {
        var served = TestApi.get("/openapi.json");

        assertThat(served.contentType()).startsWith("application/json");
        JsonNode document = served.json();
        assertThat(document).isEqualTo(ApiDocs.document());
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/components/schemas").fieldNames()).toIterable()
                .contains("Person", "PersonInput", "Tie", "TieInput", "Problem", "PeoplePage", "TiesPage", "Health");
    }

    @Test
    void everySchemaIsValidJsonSchema202012() {
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012());
        Schema metaSchema = registry.getSchema(SchemaLocation.of(Dialects.getDraft202012().getId()));
        OpenApiContract.DOCUMENT.at("/components/schemas").fields().forEachRemaining(schema ->
                assertThat(metaSchema.validate(schema.getValue())).as(schema.getKey()).isEmpty());
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(OpenApiContract.DOCUMENT, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(OpenApiContract.DOCUMENT.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void theDocsPageAndEveryAssetItLoadsAreServedFromThisService() {
        var page = TestApi.get("/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");

        Matcher assets = Pattern.compile("(?:href|src)=\"([^\"]+)\"").matcher(page.text());
        List<String> loaded = new ArrayList<>();
        while (assets.find()) {
            loaded.add(assets.group(1));
        }
        assertThat(loaded).as("nothing from a CDN").allMatch(url -> url.startsWith("/"))
                .anyMatch(url -> url.endsWith("swagger-ui-bundle.js")).anyMatch(url -> url.endsWith("swagger-ui.css"));
        for (String url : loaded) {
            var asset = TestApi.exchange("GET", url, null, false, java.util.Map.of());
            assertThat(asset.status()).as(url).isEqualTo(200);
            assertThat(asset.text()).as(url).isNotBlank();
        }
        assertThat(TestApi.get("/docs-init.js").text()).contains("/openapi.json");
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
