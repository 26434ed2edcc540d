package dev.tsunagari.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.config.Config;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.people.PersonRules;
import dev.tsunagari.ties.TieInput;
import dev.tsunagari.ties.TieRules;
import dev.tsunagari.ties.TiesRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data written through the repositories is still there after the embedded Neo4j is closed and opened again. */
class RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void peopleAndTiesSurviveARestartOnTheSameDataDirectory() {
        Config config = Config.fromEnvironment(Map.of()).withDataDir(dataDir).withBoltPort(0);
        CypherFiles cypher = new CypherFiles();
        try (Neo4jConnection first = Neo4jConnection.open(config)) {
            assertThat(new Migrations(first.graph(), cypher).apply()).isNotEmpty();
            PeopleRepository people = new PeopleRepository(first.graph(), cypher);
            people.upsert(PersonRules.check("mika", person("歌うミカ", List.of("ライブハウス", "singer"))));
            people.upsert(PersonRules.check("joko", person("Joko Widodo", List.of("percussion"))));
            new TiesRepository(first.graph(), cypher).upsert(TieRules.check(
                    new TieInput("mika", "joko", "FAN_OF", 0.9, "met", "2025-11-03", null, "five stage nights", null, null)));
        }

        try (Neo4jConnection second = Neo4jConnection.open(config)) {
            assertThat(new Migrations(second.graph(), cypher).apply()).as("the schema is already there").isEmpty();
            PeopleRepository people = new PeopleRepository(second.graph(), cypher);
            Person mika = people.find("mika").orElseThrow();
            assertThat(mika.name()).isEqualTo("歌うミカ");
            assertThat(mika.tags()).containsExactly("ライブハウス", "singer");
            assertThat(people.list(FullTextQuery.of("ライブ"), List.of(), java.util.Optional.empty(), 10))
                    .as("the full-text index survives too").extracting(Person::id).containsExactly("mika");
            assertThat(people.missing(List.of("mika", "joko"))).isEmpty();
            List<String> ties = second.graph().read(tx -> Graph.run(tx, cypher.get("ties/of_person"),
                    tiesOf("joko")).list(r -> r.get("key").asString()));
            assertThat(ties).containsExactly("mika|FAN_OF|joko");
        }
    }

    @Test
    void aBoundedPageCacheOpensTheStoreAndASizeNeo4jCannotReadStopsStartUp() {
        Config bounded = Config.fromEnvironment(Map.of("TSUNAGARI_PAGE_CACHE", "64m")).withDataDir(dataDir).withBoltPort(0);
        assertThat(bounded.pageCache()).contains("64m");
        try (Neo4jConnection neo4j = Neo4jConnection.open(bounded)) {
            assertThat(new Migrations(neo4j.graph(), new CypherFiles()).apply()).isNotEmpty();
        }
        Config nonsense = Config.fromEnvironment(Map.of("TSUNAGARI_PAGE_CACHE", "lots")).withDataDir(dataDir).withBoltPort(0);
        assertThatThrownBy(() -> Neo4jConnection.open(nonsense)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PersonInput person(String name, List<String> tags) {
        return new PersonInput(null, name, null, null, null, null, null, tags, null, null, null, null, null, null, null, null);
    }

    private static Map<String, Object> tiesOf(String id) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", id);
        params.put("after", null);
        params.put("limit", 10);
        return params;
    }
}
