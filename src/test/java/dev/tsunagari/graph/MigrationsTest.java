package dev.tsunagari.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema is applied once per database: a rerun is a no-op, and the graph records what was applied. */
@Neo4jTest
class MigrationsTest {
    private final CypherFiles cypher = new CypherFiles();

    @Test
    void aSecondRunAppliesNothing() {
        // TestNeo4j applied the schema when it opened the database; this is the second run.
        assertThat(new Migrations(TestNeo4j.graph(), cypher).apply()).isEmpty();
        assertThat(new Migrations(TestNeo4j.graph(), cypher).apply()).isEmpty();
    }

    @Test
    void everySchemaFileIsRecordedAsAMigrationNode() {
        List<String> versions = cypher.list("schema").stream().map(Migrations::version).toList();
        assertThat(versions).startsWith("V0001", "V0002");

        List<String> recorded = TestNeo4j.graph().read(tx -> Graph.run(tx, cypher.get("graph/migrations_applied"), Map.of())
                .list(r -> r.get("version").asString()));

        assertThat(recorded).containsExactlyElementsOf(versions);
    }

    @Test
    void statementsAreSplitOnSemicolonsWithoutComments() {
        List<String> statements = Migrations.statements("""
                // Two constraints.
                CREATE CONSTRAINT a IF NOT EXISTS FOR (p:A) REQUIRE p.id IS UNIQUE;
                // The second.
                CREATE CONSTRAINT b IF NOT EXISTS FOR (p:B) REQUIRE p.id IS UNIQUE;
                """);
        assertThat(statements).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS FOR (p:A) REQUIRE p.id IS UNIQUE",
                "CREATE CONSTRAINT b IF NOT EXISTS FOR (p:B) REQUIRE p.id IS UNIQUE");
    }
}
