package dev.tsunagari.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.QueryTimedOut;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The finders read through a graph with a transaction time limit: Neo4j ends a read that runs past it, and the
 * finder's answer is a 422 naming the parameter to narrow, never a 5xx and never a thread left waiting.
 */
@Neo4jTest
class FinderTimeLimitTest {
    private static final CypherFiles CYPHER = new CypherFiles();

    @Test
    void aReadPastTheLimitIsEndedByTheServerAsQueryTimedOut() {
        Graph limited = TestNeo4j.graph().withReadTimeout(Duration.ofMillis(500));
        long started = System.nanoTime();

        assertThatThrownBy(() -> limited.read(tx -> Graph.run(tx, CYPHER.get("test/slow_count"), Map.of()).single()))
                .isInstanceOf(QueryTimedOut.class)
                .hasMessage("the query ran longer than 500 ms");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(8_000);
    }

    @Test
    void aTimedOutFinderIsA422NamingTheParameterToNarrow() {
        Graph limited = TestNeo4j.graph().withReadTimeout(Duration.ofSeconds(1));

        assertThatThrownBy(() -> TooBroad.guard("maxLength", "ask with a smaller maxLength",
                () -> limited.read(tx -> Graph.run(tx, CYPHER.get("test/slow_count"), Map.of()).single())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("maxLength"));
                    assertThat(e.getMessage()).contains("longer than 1 s").doesNotContain("org.neo4j", "Exception");
                });
    }

    @Test
    void readsWithinTheLimitAnswerAsBefore() {
        Graph limited = TestNeo4j.graph().withReadTimeout(Duration.ofSeconds(5));

        long people = limited.read(tx -> Graph.run(tx, CYPHER.get("graph/count_people"), Map.of()).single().get(0).asLong());

        assertThat(people).isZero();
    }
}
