package dev.tsunagari.tiegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.MemoryTieGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bidirectional search and its ranking against a plain reference on random tie graphs held in memory: every
 * shortest simple path listed one by one, scored hop by hop, sorted by score then ids, cut to the limit.
 */
class PathSearchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final List<String> CONTEXTS = List.of("card-exchange", "met", "online", "worked-together", "friend",
            "family", "introduced", "other");

    private record Tie(String from, String to, String type, double strength, String context, LocalDate lastContact) {}

    private record Reference(List<List<String>> paths, List<Double> scores) {}

    @Test
    void theBestPathsAreTheTopOfEveryShortestPathRankedByScoreThenIds() {
        Random random = new Random(20261202);
        int withSeveral = 0;
        int none = 0;
        for (int round = 0; round < 30; round++) {
            MemoryTieGraph graph = new MemoryTieGraph();
            List<Tie> ties = new ArrayList<>();
            Set<String> fans = new HashSet<>();
            int size = 20 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                graph.person("p" + i, new String[0]);
            }
            for (int k = 0; k < size * 2; k++) {
                String a = "p" + random.nextInt(size);
                String b = "p" + random.nextInt(size);
                if (a.equals(b)) {
                    continue;
                }
                if (random.nextInt(8) == 0) {
                    graph.fan(a, b);
                    fans.add(a + ">" + b);
                    continue;
                }
                Tie tie = new Tie(a, b, random.nextInt(3) == 0 ? "TRUSTS" : "KNOWS", random.nextDouble(),
                        random.nextInt(5) == 0 ? null : CONTEXTS.get(random.nextInt(CONTEXTS.size())),
                        random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(1500)));
                ties.add(tie);
                graph.tie(a, b, tie.type(), tie.strength(), tie.context(), null, tie.lastContact());
            }
            HopRule rule = new HopRule(random.nextBoolean() ? 0.0 : 0.3, random.nextBoolean());
            int maxLength = 2 + random.nextInt(5);
            int limit = 1 + random.nextInt(6);
            for (int q = 0; q < 20; q++) {
                String from = "p" + random.nextInt(size);
                String to = "p" + random.nextInt(size);
                if (from.equals(to)) {
                    continue;
                }
                List<PathRanking.Route> found = new PathSearch(new Hops(graph, rule, TODAY))
                        .best(graph.person(from), graph.person(to), maxLength, limit);
                Reference expected = reference(ties, fans, rule, from, to, maxLength, limit);
                List<List<String>> paths = new ArrayList<>();
                List<Double> scores = new ArrayList<>();
                for (PathRanking.Route r : found) {
                    List<String> ids = new ArrayList<>();
                    for (int p : r.people()) {
                        ids.add(graph.id(p));
                    }
                    paths.add(ids);
                    scores.add(r.score());
                }
                String label = from + " -> " + to + " within " + maxLength + ", limit " + limit + ", " + rule;
                assertThat(paths).as(label).isEqualTo(expected.paths());
                assertThat(scores).as(label).usingComparatorForType(
                        (x, y) -> Math.abs(x - y) < 1e-12 ? 0 : Double.compare(x, y), Double.class)
                        .isEqualTo(expected.scores());
                withSeveral += paths.size() > 1 ? 1 : 0;
                none += paths.isEmpty() ? 1 : 0;
            }
        }
        assertThat(withSeveral).as("questions with several paths").isGreaterThan(30);
        assertThat(none).as("questions with none").isGreaterThan(5);
    }

    /** Every shortest simple path by depth-first listing, each scored, sorted and cut. */
    private static Reference reference(List<Tie> ties, Set<String> fans, HopRule rule, String from, String to,
            int maxLength, int limit) {
        Map<String, Map<String, Double>> hops = new HashMap<>();
        for (Tie t : ties) {
            if (t.strength() < rule.minStrength() || (!rule.includeWeak() && "card-exchange".equals(t.context()))) {
                continue;
            }
            double score = Scoring.hop(t.strength(), t.context(), t.lastContact(), "TRUSTS".equals(t.type()), TODAY);
            hops.computeIfAbsent(t.from(), k -> new HashMap<>()).merge(t.to(), score, Math::max);
            hops.computeIfAbsent(t.to(), k -> new HashMap<>()).merge(t.from(), score, Math::max);
        }
        Map<String, Integer> distance = new HashMap<>(Map.of(from, 0));
        List<String> layer = List.of(from);
        while (!layer.isEmpty() && !distance.containsKey(to)) {
            List<String> next = new ArrayList<>();
            for (String u : layer) {
                for (String v : hops.getOrDefault(u, Map.of()).keySet()) {
                    if (distance.putIfAbsent(v, distance.get(u) + 1) == null) {
                        next.add(v);
                    }
                }
            }
            layer = next;
        }
        Integer length = distance.get(to);
        if (length == null || length > maxLength) {
            return new Reference(List.of(), List.of());
        }
        List<List<String>> all = new ArrayList<>();
        walk(hops, distance, to, length, new ArrayList<>(List.of(from)), all);
        Map<List<String>, Double> score = new HashMap<>();
        for (List<String> path : all) {
            double s = 1.0;
            for (int i = 0; i + 1 < path.size(); i++) {
                double h = hops.get(path.get(i)).get(path.get(i + 1));
                if (i + 2 == path.size() && fans.contains(path.get(i + 1) + ">" + path.get(i))) {
                    h = Scoring.withFanBonus(h);
                }
                s *= h;
            }
            score.put(path, s);
        }
        all.sort(Comparator.<List<String>>comparingDouble(score::get).reversed()
                .thenComparing((a, b) -> String.join(" ", a).compareTo(String.join(" ", b))));
        List<List<String>> best = all.subList(0, Math.min(limit, all.size()));
        return new Reference(best, best.stream().map(score::get).toList());
    }

    private static void walk(Map<String, Map<String, Double>> hops, Map<String, Integer> distance, String to,
            int length, List<String> path, List<List<String>> into) {
        String last = path.get(path.size() - 1);
        if (path.size() == length + 1) {
            if (last.equals(to)) {
                into.add(List.copyOf(path));
            }
            return;
        }
        for (String v : hops.getOrDefault(last, Map.of()).keySet()) {
            Integer d = distance.get(v);
            if (d != null && d == path.size()) {
                path.add(v);
                walk(hops, distance, to, length, path, into);
                path.remove(path.size() - 1);
            }
        }
    }
}
