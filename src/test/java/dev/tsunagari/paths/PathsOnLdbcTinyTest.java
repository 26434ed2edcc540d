package dev.tsunagari.paths;

import static dev.tsunagari.support.TestApi.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.LdbcTiny;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.ReferenceGraph;
import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/paths} against an independent breadth-first search on the LDBC SNB tiny graph, loaded through
 * the API once (the graph is cleaned before every test, so the many pairs live in one test).
 */
@Neo4jTest
class PathsOnLdbcTinyTest {
    private record Setting(double minStrength, boolean includeWeak, int maxLength, int limit) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting(0.0, true, 6, 5),
            new Setting(0.0, false, 6, 3),
            new Setting(0.5, false, 4, 5),
            new Setting(0.3, true, 10, 50),
            new Setting(0.7, false, 3, 2));

    @Test
    void lengthsAndPathsAgreeWithAnIndependentBreadthFirstSearchForManyRandomPairs() {
        LdbcTiny ldbc = LdbcTiny.read().loadThroughApi();
        List<String> ids = new ArrayList<>(ldbc.persons.keySet());

        JsonNode ldbcPair = paths("8796093022357", "8796093022390", new Setting(0.0, true, 6, 5));
        assertThat(ldbcPair.get("length").asInt()).as("LDBC's own IC13 pair").isEqualTo(2);

        Random random = new Random(20240613);
        Map<Integer, Integer> lengths = new HashMap<>();
        int checked = 0;
        for (Setting s : SETTINGS) {
            ReferenceGraph reference = new ReferenceGraph(ids, ldbc.edges, s.minStrength(), s.includeWeak());
            for (int i = 0; i < 70; i++) {
                String from = ids.get(random.nextInt(ids.size()));
                String to = i % 20 == 0 ? from : ids.get(random.nextInt(ids.size()));
                JsonNode answer = paths(from, to, s);
                int expected = reference.distance(from, to, s.maxLength());
                assertThat(answer.get("length").asInt()).as("%s -> %s with %s", from, to, s).isEqualTo(expected);
                checkPaths(answer, from, to, expected, s, reference);
                lengths.merge(expected, 1, Integer::sum);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(300);
        assertThat(lengths).as("the pairs cover no path, the same person and several lengths")
                .containsKeys(-1, 0, 1, 2, 3);
    }

    private static JsonNode paths(String from, String to, Setting s) {
        TestApi.Response r = get(String.format(Locale.ROOT,
                "/api/paths?from=%s&to=%s&maxLength=%d&limit=%d&minStrength=%s&includeWeak=%s",
                from, to, s.maxLength(), s.limit(), s.minStrength(), s.includeWeak()));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    /** Every path is a simple path of usable hops of the right length; as many as exist up to the limit; best first. */
    private static void checkPaths(JsonNode answer, String from, String to, int length, Setting s,
            ReferenceGraph reference) {
        JsonNode paths = answer.get("paths");
        if (length < 0) {
            assertThat(paths).isEmpty();
            return;
        }
        long shortest = countShortestPaths(reference, from, to, length);
        assertThat((long) paths.size()).as("paths %s -> %s", from, to).isEqualTo(Math.min(shortest, s.limit()));
        Set<List<String>> sequences = new HashSet<>();
        double previous = Double.MAX_VALUE;
        for (JsonNode path : paths) {
            List<String> nodes = new ArrayList<>();
            path.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
            assertThat(nodes).hasSize(length + 1).doesNotHaveDuplicates();
            assertThat(nodes.get(0)).isEqualTo(from);
            assertThat(nodes.get(length)).isEqualTo(to);
            assertThat(path.get("links")).hasSize(length);
            double product = 1.0;
            for (int i = 0; i < length; i++) {
                JsonNode link = path.get("links").get(i);
                assertThat(reference.neighbours(nodes.get(i))).contains(nodes.get(i + 1));
                assertThat(Set.of(link.get("from").asText(), link.get("to").asText()))
                        .containsExactlyInAnyOrder(nodes.get(i), nodes.get(i + 1));
                assertThat(link.get("strength").asDouble()).isGreaterThanOrEqualTo(s.minStrength());
                if (!s.includeWeak()) {
                    assertThat(link.get("context").asText()).isNotEqualTo("card-exchange");
                }
                product *= link.get("score").asDouble();
            }
            double score = path.get("score").asDouble();
            assertThat(score).isCloseTo(product, org.assertj.core.data.Offset.offset(0.0006 * (length + 1)));
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
            assertThat(sequences.add(nodes)).as("one path per sequence of people").isTrue();
        }
    }

    /** Number of shortest paths by breadth-first counting, independent of the service. */
    private static long countShortestPaths(ReferenceGraph graph, String from, String to, int length) {
        Map<String, Long> ways = new HashMap<>(Map.of(from, 1L));
        Set<String> seen = new HashSet<>(Set.of(from));
        Set<String> layer = Set.of(from);
        for (int d = 0; d < length; d++) {
            Map<String, Long> next = new HashMap<>();
            for (String u : layer) {
                for (String v : graph.neighbours(u)) {
                    if (!seen.contains(v)) {
                        next.merge(v, ways.get(u), Long::sum);
                    }
                }
            }
            seen.addAll(next.keySet());
            ways.putAll(next);
            layer = next.keySet();
        }
        return ways.getOrDefault(to, 0L);
    }
}
