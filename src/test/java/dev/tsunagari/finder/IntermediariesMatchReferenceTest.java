package dev.tsunagari.finder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.support.LdbcTiny;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.ReferenceGraph;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import dev.tsunagari.graph.CypherFiles;
import java.time.Clock;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the LDBC tiny graph loaded through the API, the exact set of (intermediary, target) pairs and of direct
 * contacts agrees with an independent in-memory model for many (from, tag, maxHops, filter) queries.
 */
@Neo4jTest
class IntermediariesMatchReferenceTest {

    /**
     * The same question asked of the finder directly, with one way of searching forced: the pairs, and the direct
     * contacts as {@code direct>id}, and how many targets it counted and whether it says the answer is complete.
     */
    private static Set<String> pairsFrom(IntermediaryFinder.Strategy strategy, String from, String tag, int maxHops,
            double[] filter) {
        IntermediaryFinder finder = new IntermediaryFinder(TestNeo4j.graph(), new CypherFiles(), Clock.systemUTC(),
                ConnectorStanding.NONE, strategy);
        Answer answer = finder.answer(new IntermediariesQuery(from, Optional.empty(), List.of(tag), maxHops,
                new HopFilter(filter[0], filter[1] == 1), 1000, 1000, "en"), Caller.BOOTSTRAP_ADMIN).orElseThrow();
        Set<String> pairs = new HashSet<>();
        answer.intermediaries().forEach(i -> i.targets().forEach(t -> pairs.add(i.person().id() + ">" + t.person().id())));
        answer.direct().forEach(d -> pairs.add("direct>" + d.person().id()));
        pairs.add("targetsFound>" + answer.targetsFound() + ", complete>" + answer.complete());
        return pairs;
    }

    @Test
    void everyReachablePairIsFoundAndNoOtherOnTheLdbcGraph() {
        LdbcTiny ldbc = LdbcTiny.read().loadThroughApi();
        Map<String, Set<String>> byTag = new HashMap<>();
        ldbc.persons.values().forEach(p -> p.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new HashSet<>()).add(p.id())));
        List<String> tags = byTag.entrySet().stream()
                .filter(e -> e.getValue().size() >= 3)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        List<String> people = new ArrayList<>(ldbc.persons.keySet());
        Random random = new Random(20261126);
        double[][] filters = {{0.0, 0}, {0.0, 1}, {0.5, 0}};
        int checked = 0;
        int nonEmpty = 0;
        for (double[] filter : filters) {
            ReferenceGraph reference = new ReferenceGraph(people, ldbc.edges, filter[0], filter[1] == 1);
            for (int k = 0; k < 40; k++) {
                String from = people.get(random.nextInt(people.size()));
                String tag = tags.get(random.nextInt(tags.size()));
                Set<String> targets = new HashSet<>(byTag.get(tag));
                targets.remove(from);
                for (int maxHops = 1; maxHops <= 2; maxHops++) {
                    JsonNode answer = TestApi.get("/api/intermediaries?from=" + from + "&tag=" + TestApi.encode(tag)
                            + "&maxHops=" + maxHops + "&minStrength=" + filter[0] + "&includeWeak=" + (filter[1] == 1)
                            + "&limit=1000&targetsLimit=1000").json();
                    Set<String> pairs = new HashSet<>();
                    answer.get("intermediaries").forEach(i -> i.get("targets").forEach(t ->
                            pairs.add(i.get("person").get("id").asText() + ">" + t.get("person").get("id").asText())));
                    Set<String> direct = new HashSet<>(answer.get("direct").findValuesAsText("id"));
                    direct.retainAll(targets);
                    String label = "from " + from + " tag " + tag + " maxHops " + maxHops + " filter " + filter[0]
                            + "/" + filter[1];
                    Set<String> expected = reference.pairs(from, targets, maxHops);
                    assertThat(pairs).as(label).isEqualTo(expected);
                    Set<String> withDirect = new HashSet<>(expected);
                    reference.direct(from, targets).forEach(d -> withDirect.add("direct>" + d));
                    withDirect.add("targetsFound>" + targets.size() + ", complete>true");
                    for (IntermediaryFinder.Strategy strategy : IntermediaryFinder.Strategy.values()) {
                        assertThat(pairsFrom(strategy, from, tag, maxHops, filter)).as(label + " " + strategy)
                                .isEqualTo(withDirect);
                    }
                    assertThat(answer.get("direct")).as(label).hasSize(reference.direct(from, targets).size());
                    checked++;
                    nonEmpty += pairs.isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(checked).isEqualTo(240);
        assertThat(nonEmpty).as("the sample must exercise real answers").isGreaterThan(60);
    }
}
