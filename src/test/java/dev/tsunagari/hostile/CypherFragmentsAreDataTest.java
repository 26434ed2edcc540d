package dev.tsunagari.hostile;

import static dev.tsunagari.support.TestApi.encode;
import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Cypher (and other injection) fragments in every string field and query parameter are data: a valid value is
 * stored and returned exactly as sent, and nothing but the record it belongs to changes.
 */
@Neo4jTest
class CypherFragmentsAreDataTest {
    private static final List<String> TEXT_FIELDS =
            List.of("name", "kana", "headline", "organization", "role", "location", "notes", "phone");
    private static final List<String> LIST_FIELDS = List.of("tags", "offers", "seeks", "links");
    private final AtomicInteger probes = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> fragmentsInPersonFieldsAreStoredVerbatim() {
        Hostile.loadFixture();
        List<DynamicTest> tests = new ArrayList<>();
        for (String fragment : Hostile.FRAGMENTS) {
            for (String field : TEXT_FIELDS) {
                tests.add(DynamicTest.dynamicTest(field + " = " + fragment, () -> storesPerson(field, fragment, false)));
            }
            for (String field : LIST_FIELDS) {
                tests.add(DynamicTest.dynamicTest(field + " = [" + fragment + "]", () -> storesPerson(field, fragment, true)));
            }
            tests.add(DynamicTest.dynamicTest("tie note = " + fragment, () -> storesTieNote(fragment)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> fragmentsInQueryParametersFindNothingAndChangeNothing() {
        Hostile.loadFixture();
        List<String> fixture = TestNeo4j.snapshot();
        return Hostile.FRAGMENTS.stream().flatMap(fragment -> Stream.of("q", "tag").map(parameter ->
                DynamicTest.dynamicTest(parameter + " = " + fragment, () -> {
                    TestApi.Response response = get("/api/people?" + parameter + "=" + encode(fragment));
                    assertThat(response.status()).as(response.text()).isEqualTo(200);
                    assertThat(response.json().get("items")).isEmpty();
                    assertThat(TestNeo4j.snapshot()).isEqualTo(fixture);
                })));
    }

    @TestFactory
    Stream<DynamicTest> fragmentsInFinderTextParametersAreSearchedForAndChangeNothing() {
        Hostile.loadFixture();
        List<String> fixture = TestNeo4j.snapshot();
        return Hostile.FRAGMENTS.stream().flatMap(fragment -> Stream.of(
                "/api/intermediaries?from=aiko&kind=", "/api/intermediaries?from=aiko&tag=", "/api/search?q=",
                "/api/search?from=aiko&q=", "/api/connectors?kind=", "/api/connectors?tag=").map(route ->
                DynamicTest.dynamicTest(route + fragment, () -> {
                    TestApi.Response response = get(route + encode(fragment));
                    assertThat(response.status()).as(response.text()).isEqualTo(200);
                    assertThat(response.text()).doesNotContain("\"ken\"");
                    assertThat(TestNeo4j.snapshot()).isEqualTo(fixture);
                })));
    }

    private void storesPerson(String field, String fragment, boolean list) {
        String id = "probe-" + probes.incrementAndGet();
        String value = list ? "[" + Hostile.quoted(fragment) + "]" : Hostile.quoted(fragment);
        String body = field.equals("name") ? "{\"name\": " + value + "}" : "{\"name\": \"Probe\", \"" + field + "\": " + value + "}";
        List<String> before = TestNeo4j.snapshot();

        TestApi.Response created = put("/api/people/" + id, body);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode stored = get("/api/people/" + id).json().get(field);
        assertThat(list ? stored.get(0).asText() : stored.asText()).isEqualTo(fragment);
        if (field.equals("tags")) {
            assertThat(PeopleIds.of(get("/api/people?tag=" + encode(fragment)))).containsExactly(id);
        }
        onlyNewLinesAbout(before, id, field.equals("tags") ? 3 : 1);
    }

    private void storesTieNote(String fragment) {
        String id = "probe-" + probes.incrementAndGet();
        put("/api/people/" + id, "{\"name\": \"Probe\"}");
        List<String> before = TestNeo4j.snapshot();

        TestApi.Response tie = put("/api/ties",
                "{\"from\": \"" + id + "\", \"to\": \"aiko\", \"type\": \"TRUSTS\", \"note\": " + Hostile.quoted(fragment) + "}");

        assertThat(tie.status()).as(tie.text()).isEqualTo(201);
        assertThat(get("/api/people/" + id + "/ties").json().get("items").get(0).get("note").asText()).isEqualTo(fragment);
        onlyNewLinesAbout(before, id, 1);
    }

    /** Everything that was there is unchanged, and the only new nodes and ties belong to the probe. */
    private static void onlyNewLinesAbout(List<String> before, String id, int expectedNewLines) {
        List<String> after = new ArrayList<>(TestNeo4j.snapshot());
        assertThat(after).containsAll(before);
        after.removeAll(before);
        assertThat(after).hasSize(expectedNewLines);
        assertThat(after).allMatch(line -> line.contains(id) || line.contains(":Tag"));
    }
}
