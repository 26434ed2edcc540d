package dev.tsunagari.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/**
 * What a {@code neo4j://} (routing) driver relies on when it meets a standalone Neo4j 5.26, as the tests find it in
 * every mode (embedded, {@code neo4j-server}, a container): the server answers the routing procedure with itself
 * in every role, at the address the client says it used, so routing works whatever address it advertises.
 */
@Neo4jTest
class ExternalNeo4jApiTest {
    @Test
    void aStandaloneServerRoutesEveryRoleToTheAddressTheClientUsed() {
        Graph graph = TestNeo4j.graph();
        List<Record> table = graph.read(tx -> Graph.run(tx, new CypherFiles().get("test/routing_table"),
                Map.of("address", "db.example.test:17687")).list());
        assertThat(table).extracting(r -> r.get("role").asString()).containsExactlyInAnyOrder("WRITE", "READ", "ROUTE");
        assertThat(table).allSatisfy(r ->
                assertThat(r.get("addresses").asList(v -> v.asString())).containsExactly("db.example.test:17687"));
    }

    @Test
    void aWriteIsReadBackAtOnceThroughTheApi() {
        for (int i = 0; i < 20; i++) {
            assertThat(TestApi.put("/api/people/ryw-" + i, "{\"name\": \"読み返し " + i + "\"}").status()).isEqualTo(201);
            assertThat(TestApi.get("/api/people/ryw-" + i).status()).as("read your own write " + i).isEqualTo(200);
        }
    }
}
