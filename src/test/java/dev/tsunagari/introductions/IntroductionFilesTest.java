package dev.tsunagari.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.http.ApiDocs;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The files of this feature: every Cypher statement plans, and the OpenAPI document describes every route. */
@Neo4jTest
class IntroductionFilesTest {
    private static final CypherFiles CYPHER = new CypherFiles();

    @Test
    void everyStatementOfTheFeatureIsOneValidStatementWithALeadingComment() {
        List<String> names = new ArrayList<>();
        for (String folder : List.of("introductions", "interactions", "relationships")) {
            names.addAll(CYPHER.list(folder));
        }
        names.add("people/delete");
        assertThat(names).hasSizeGreaterThan(20);
        for (String name : names) {
            Cypher cypher = CYPHER.get(name);
            assertThat(cypher.text()).as(name).startsWith("//");
            TestNeo4j.graph().read(tx -> tx.run("EXPLAIN " + cypher.text()).consume());
        }
    }

    @Test
    void theOpenApiDocumentDescribesEveryRouteOfTheFeature() {
        ObjectNode document = ApiDocs.document();
        Map<String, List<String>> routes = Map.ofEntries(
                Map.entry("/api/introductions", List.of("get", "post")),
                Map.entry("/api/introductions/{id}", List.of("get")),
                Map.entry("/api/introductions/{id}/agree", List.of("post")),
                Map.entry("/api/introductions/{id}/accept", List.of("post")),
                Map.entry("/api/introductions/{id}/decline", List.of("post")),
                Map.entry("/api/introductions/{id}/connect", List.of("post")),
                Map.entry("/api/introductions/{id}/withdraw", List.of("post")),
                Map.entry("/api/introductions/{id}/outcome", List.of("post")),
                Map.entry("/api/people/{id}/busy", List.of("get")),
                Map.entry("/api/people/{id}/interactions", List.of("get", "post")),
                Map.entry("/api/people/{id}/ledger", List.of("get")),
                Map.entry("/api/people/{id}/keep-in-touch", List.of("get")),
                Map.entry("/api/people/{id}/fans", List.of("get")),
                Map.entry("/api/people/{id}/reach", List.of("get")),
                Map.entry("/api/connectors", List.of("get")));
        routes.forEach((path, methods) -> methods.forEach(method ->
                assertThat(document.path("paths").path(path).has(method)).as(method + " " + path).isTrue()));
        List<String> refs = document.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            JsonNode target = document.at(ref.substring(1));
            assertThat(target.isMissingNode()).as("dangling " + ref).isFalse();
        });
        assertThat(ClockedApi.admin().get("/openapi.json").json().path("paths").has("/api/connectors")).isTrue();
    }
}
