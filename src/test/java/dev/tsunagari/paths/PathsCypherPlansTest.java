package dev.tsunagari.paths;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;

/**
 * The statements of paths, search and the benchmark are each one valid statement (EXPLAIN plans them). The
 * searches themselves walk the live tie index inside Neo4j ({@code tsunagari.paths}, {@code tsunagari.search}).
 */
@Neo4jTest
class PathsCypherPlansTest {
    private static final CypherFiles FILES = new CypherFiles();

    @Test
    void everyPathsSearchAndBenchmarkStatementIsOneValidStatement() {
        List<String> names = Stream.concat(
                FILES.list("finder").stream()
                        .filter(n -> n.startsWith("finder/paths") || n.startsWith("finder/search")),
                FILES.list("bench").stream()).toList();
        assertThat(names).contains("finder/paths", "finder/search", "bench/intermediaries_naive_2");
        for (String name : names) {
            assertThat(operators(FILES.get(name))).as(name).isNotEmpty();
        }
    }

    private static List<String> operators(Cypher query) {
        Plan plan = TestNeo4j.graph().read(tx -> tx.run("EXPLAIN " + query.text(), Map.of()).consume().plan());
        List<String> operators = new ArrayList<>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(Plan plan, List<String> into) {
        into.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, into));
    }
}
