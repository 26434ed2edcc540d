package dev.tsunagari.tiegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.MemoryTieGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Distances and first hops of the 脳内検索 over a tie graph held in memory. */
class DistancesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void theFirstHopIsTheStrongestDirectContactOnAShortestPath() {
        MemoryTieGraph graph = new MemoryTieGraph();
        for (String id : List.of("me", "weak", "strong", "t", "far", "card")) {
            graph.person(id, new String[0]);
        }
        graph.tie("me", "weak", "KNOWS", 0.2, "online", null, null)
                .tie("me", "strong", "KNOWS", 0.9, "friend", null, null)
                .tie("weak", "t", "KNOWS", 0.9, "friend", null, null)
                .tie("strong", "t", "KNOWS", 0.1, "online", null, null)
                .tie("t", "far", "KNOWS", 0.5, "met", null, null)
                .tie("me", "card", "KNOWS", 0.9, "card-exchange", null, null);
        Hops hops = new Hops(graph, HopRule.DEFAULT, TODAY);
        Distances d = Distances.around(hops, graph.person("me"), 2, Targets.listed(new int[0]), 1000);
        assertThat(d.distance(graph.person("t"))).isEqualTo(2);
        assertThat(graph.id(d.via(graph.person("t")))).isEqualTo("strong");
        assertThat(d.distance(graph.person("strong"))).isEqualTo(1);
        assertThat(graph.id(d.via(graph.person("strong")))).as("a direct contact is their own first hop")
                .isEqualTo("strong");
        assertThat(d.distance(graph.person("far"))).as("beyond maxDistance").isEqualTo(-1);
        assertThat(d.distance(graph.person("card"))).as("a card exchange is no hop").isEqualTo(-1);
        assertThat(d.distance(graph.person("me"))).as("the asker has no distance").isEqualTo(-1);
    }

    @Test
    void meetingTheLastLevelFromTheSoughtSidePlacesThemWhereTheFullWalkDoes() {
        Random random = new Random(7);
        MemoryTieGraph graph = new MemoryTieGraph();
        int people = 120;
        for (int p = 0; p < people; p++) {
            graph.person("p" + p, new String[0]);
        }
        for (int t = 0; t < 260; t++) {
            int a = random.nextInt(people);
            int b = random.nextInt(people);
            if (a != b) {
                graph.tie("p" + a, "p" + b, random.nextBoolean() ? "KNOWS" : "TRUSTS", random.nextInt(11) / 10.0,
                        random.nextInt(5) == 0 ? "card-exchange" : "met", null, null);
            }
        }
        int placed = 0;
        for (int q = 0; q < 40; q++) {
            HopRule rule = new HopRule(random.nextInt(3) == 0 ? 0.4 : 0.0, random.nextBoolean());
            Hops hops = new Hops(graph, rule, TODAY);
            int from = graph.person("p" + random.nextInt(people));
            int maxDistance = 2 + random.nextInt(2);
            List<Integer> sought = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                if (random.nextInt(3) == 0) {
                    sought.add(p);
                }
            }
            Targets targets = Targets.listed(sought.stream().mapToInt(Integer::intValue).toArray());
            Distances full = Distances.around(hops, from, maxDistance, targets, Integer.MAX_VALUE);
            Distances met = Distances.around(new Hops(graph, rule, TODAY), from, maxDistance, targets, 0);
            for (int s : sought) {
                assertThat(met.distance(s)).as("distance to p%d", s).isEqualTo(full.distance(s));
                assertThat(met.via(s)).as("via to p%d", s).isEqualTo(full.via(s));
                placed += full.distance(s) > 0 ? 1 : 0;
            }
        }
        assertThat(placed).as("people placed and compared").isGreaterThan(200);
    }
}
