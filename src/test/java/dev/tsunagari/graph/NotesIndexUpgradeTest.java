package dev.tsunagari.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.config.Config;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.people.PersonRules;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made before V0012, whose person_text index covers notes, is upgraded at start-up: afterwards a word
 * found only in notes matches for an admin and the adding account, and for nobody else.
 */
class NotesIndexUpgradeTest {
    private static final String UPGRADE = "V0012";

    @TempDir
    Path dataDir;

    @Test
    void aStoreWhoseIndexCoversNotesStopsMatchingNotesForOthersAfterTheUpgrade() {
        Config config = Config.fromEnvironment(Map.of()).withDataDir(dataDir).withBoltPort(0);
        CypherFiles cypher = new CypherFiles();
        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            applyOnlyBefore(UPGRADE, neo4j.graph(), cypher);
            assertThat(fullTextIndexes(neo4j.graph(), cypher).get("person_text")).as("as V0002 made it")
                    .contains("notes");
            new PeopleRepository(neo4j.graph(), cypher).upsert(PersonRules.check("rin", rin()), "acct-a", p -> {});
        }

        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            assertThat(new Migrations(neo4j.graph(), cypher).apply()).containsExactly(UPGRADE);
            Map<String, List<String>> indexes = fullTextIndexes(neo4j.graph(), cypher);
            assertThat(indexes.get("person_text")).doesNotContain("notes").contains("name", "headline", "tagsText");
            assertThat(indexes.get("person_text_with_notes")).containsAll(indexes.get("person_text")).contains("notes");

            PeopleRepository people = new PeopleRepository(neo4j.graph(), cypher);
            for (String word : List.of("moonwhistle", "借金相談")) {
                Optional<String> query = FullTextQuery.of(word);
                assertThat(ids(people.list(query, List.of(), Optional.empty(), 10, reader(false, "acct-b"))))
                        .as("another account, %s", word).isEmpty();
                assertThat(ids(people.list(query, List.of(), Optional.empty(), 10, reader(false, "acct-a"))))
                        .as("the adding account, %s", word).containsExactly("rin");
                assertThat(ids(people.list(query, List.of(), Optional.empty(), 10, reader(true, null))))
                        .as("an admin, %s", word).containsExactly("rin");
            }
            assertThat(ids(people.list(FullTextQuery.of("ライブ"), List.of(), Optional.empty(), 10,
                    reader(false, "acct-b")))).as("public words still match for anyone").containsExactly("rin");
            assertThat(new Migrations(neo4j.graph(), cypher).apply()).as("upgraded once").isEmpty();
        }
    }

    /** The schema as a release before {@code version} left it: every older file applied and recorded. */
    private static void applyOnlyBefore(String version, Graph graph, CypherFiles cypher) {
        Cypher record = cypher.get("graph/migration_record");
        for (String name : cypher.list("schema")) {
            if (Migrations.version(name).compareTo(version) >= 0) {
                continue;
            }
            for (String statement : Migrations.statements(cypher.get(name).text())) {
                graph.write(tx -> tx.run(statement).consume());
            }
            Map<String, Object> applied = Map.of("version", Migrations.version(name), "name", name);
            graph.write(tx -> Graph.run(tx, record, applied).consume());
        }
        graph.read(tx -> Graph.run(tx, cypher.get("graph/await_indexes"), Map.of()).consume());
    }

    private static Map<String, List<String>> fullTextIndexes(Graph graph, CypherFiles cypher) {
        Map<String, List<String>> indexes = new HashMap<>();
        graph.read(tx -> Graph.run(tx, cypher.get("test/fulltext_indexes"), Map.of()).list()).forEach(row ->
                indexes.put(row.get("name").asString(), row.get("properties").asList(v -> v.asString())));
        return indexes;
    }

    private static Map<String, Object> reader(boolean seesAll, String account) {
        Map<String, Object> reader = new HashMap<>();
        reader.put("seesAll", seesAll);
        reader.put("account", account);
        reader.put("person", null);
        return reader;
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }

    private static PersonInput rin() {
        return new PersonInput(null, "Rin Example", null, "ライブハウスの店長", null, null, null, List.of("music"), null,
                null, "moonwhistle: 借金相談を受けた", null, null, null, null, null);
    }
}
