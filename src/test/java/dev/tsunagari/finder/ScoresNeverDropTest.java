package dev.tsunagari.finder;

import dev.tsunagari.http.Json;
import dev.tsunagari.support.MemoryTieGraph;
import dev.tsunagari.tiegraph.HopRule;
import dev.tsunagari.tiegraph.Hops;
import dev.tsunagari.tiegraph.IntermediaryAnswer;
import dev.tsunagari.tiegraph.IntermediarySearch;
import dev.tsunagari.tiegraph.Scoring;
import dev.tsunagari.tiegraph.Targets;
import dev.tsunagari.tiegraph.Viewer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** A stronger or more recent link never lowers a score: per hop, per path and per intermediary. */
class ScoresNeverDropTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final List<String> CONTEXTS = List.of("family", "friend", "worked-together", "introduced", "met",
            "other", "online", "card-exchange");

    @Property
    void aStrongerTieNeverScoresLower(@ForAll @DoubleRange(min = 0, max = 1) double s1,
            @ForAll @DoubleRange(min = 0, max = 1) double s2, @ForAll("contexts") String context,
            @ForAll @IntRange(min = 0, max = 5000) int daysAgo, @ForAll boolean trusts) {
        LocalDate last = TODAY.minusDays(daysAgo);
        double low = Math.min(s1, s2);
        double high = Math.max(s1, s2);
        assertThat(Scoring.hop(high, context, last, trusts, TODAY))
                .isGreaterThanOrEqualTo(Scoring.hop(low, context, last, trusts, TODAY));
    }

    @Property
    void aMoreRecentContactNeverScoresLower(@ForAll @DoubleRange(min = 0, max = 1) double strength,
            @ForAll("contexts") String context, @ForAll @IntRange(min = 0, max = 5000) int d1,
            @ForAll @IntRange(min = 0, max = 5000) int d2, @ForAll boolean trusts) {
        LocalDate older = TODAY.minusDays(Math.max(d1, d2));
        LocalDate newer = TODAY.minusDays(Math.min(d1, d2));
        assertThat(Scoring.hop(strength, context, newer, trusts, TODAY))
                .isGreaterThanOrEqualTo(Scoring.hop(strength, context, older, trusts, TODAY));
        assertThat(Scoring.hop(strength, context, newer, trusts, TODAY))
                .isGreaterThanOrEqualTo(Scoring.hop(strength, context, null, trusts, TODAY));
    }

    /** A random small network: edges as (a, b, strength, daysAgo), people 0..7, "me" is 0, targets 5..7. */
    record Edge(int a, int b, double strength, int daysAgo) {}

    @Provide
    Arbitrary<String> contexts() {
        return Arbitraries.of(CONTEXTS);
    }

    @Provide
    Arbitrary<List<Edge>> networks() {
        Arbitrary<Edge> edge = Combinators.combine(
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7),
                Arbitraries.doubles().between(0, 1).ofScale(2), Arbitraries.integers().between(0, 2000))
                .as(Edge::new).filter(e -> e.a() != e.b());
        return edge.list().ofMinSize(4).ofMaxSize(20);
    }

    @Property(tries = 300)
    void strengtheningOrRefreshingOneLinkNeverLowersAnyIntermediaryScore(@ForAll("networks") List<Edge> edges,
            @ForAll @IntRange(min = 0, max = 19) int pick, @ForAll @DoubleRange(min = 0, max = 1) double boost,
            @ForAll boolean refresh) {
        int k = pick % edges.size();
        Edge e = edges.get(k);
        List<Edge> better = new ArrayList<>(edges);
        better.set(k, refresh
                ? new Edge(e.a(), e.b(), e.strength(), 0)
                : new Edge(e.a(), e.b(), Math.min(1, e.strength() + boost * (1 - e.strength())), e.daysAgo()));
        for (int maxHops = 1; maxHops <= 2; maxHops++) {
            Map<String, Double> before = scores(edges, maxHops);
            Map<String, Double> after = scores(better, maxHops);
            assertThat(after.keySet()).containsAll(before.keySet());
            before.forEach((id, score) -> assertThat(after.get(id)).as(id).isGreaterThanOrEqualTo(score));
        }
    }

    private static Map<String, Double> scores(List<Edge> edges, int maxHops) {
        MemoryTieGraph graph = new MemoryTieGraph();
        for (int p = 0; p < 8; p++) {
            graph.person("p" + p, p >= 5 ? new String[] {"t"} : new String[0]);
        }
        for (Edge e : edges) {
            graph.tie("p" + e.a(), "p" + e.b(), "KNOWS", e.strength(), "friend", null, TODAY.minusDays(e.daysAgo()));
        }
        Hops hops = new Hops(graph, HopRule.DEFAULT, TODAY);
        int from = graph.person("p0");
        Targets targets = Targets.of(graph.carriers(List.of("t")));
        IntermediarySearch.Found found = new IntermediarySearch(hops).find(from, targets, maxHops,
                IntermediarySearch.Strategy.AUTO);
        Map<String, Object> map = new IntermediaryAnswer(hops, from, Viewer.ADMIN, 1000, 1000, "en")
                .build(found, targets.count(), Map.of(), ids -> {
                    Map<Integer, Map<String, Object>> out = new HashMap<>();
                    ids.forEach(p -> out.put(p, Map.of("id", graph.id(p), "name", graph.id(p), "tags", List.of())));
                    return out;
                }, shown -> java.util.Set.of());
        Answer answer = Json.MAPPER.convertValue(map, Answer.class);
        Map<String, Double> scores = new HashMap<>();
        answer.intermediaries().forEach(i -> scores.put(i.person().id(), i.score()));
        answer.direct().forEach(d -> scores.put("direct " + d.person().id(), d.score()));
        return scores;
    }
}
