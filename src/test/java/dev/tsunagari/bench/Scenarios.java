package dev.tsunagari.bench;

import static dev.tsunagari.bench.Benchmark.encode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The measured workloads, as seeded query sets: pairs of people for paths (one in ten with an end in an island or
 * alone, one in twenty the same person), an asker and a kind (as an exact tag, drawn by its frequency) for
 * intermediaries, an asker and words for search. Each scenario runs over HTTP with 1 and then 8 clients for a
 * fixed time, after a short warm-up.
 */
final class Scenarios {
    static final int[] CONCURRENCY = {1, 8};
    private static final int QUERIES = 5_000;
    final List<String[]> pairs = new ArrayList<>();
    final List<String[]> asks = new ArrayList<>();
    final List<String[]> searches = new ArrayList<>();

    Scenarios(CommunityGraph community, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        int size = community.size;
        for (int i = 0; i < QUERIES; i++) {
            double roll = random.nextDouble();
            int a = random.nextInt(community.mainPool);
            int b = roll < 0.05 ? a : roll < 0.15 ? community.mainPool + random.nextInt(size - community.mainPool)
                    : random.nextInt(size);
            pairs.add(random.nextBoolean() ? new String[] {CommunityGraph.id(a), CommunityGraph.id(b)}
                    : new String[] {CommunityGraph.id(b), CommunityGraph.id(a)});
            asks.add(new String[] {CommunityGraph.id(random.nextInt(size)), community.kinds.draw(random)});
            searches.add(new String[] {CommunityGraph.id(random.nextInt(community.mainPool)),
                    community.kinds.searchWords(random)});
        }
    }

    static String pathsUrl(String[] p, int limit) {
        return "/api/paths?from=" + p[0] + "&to=" + p[1] + "&maxLength=6&limit=" + limit;
    }

    static String intermediariesUrl(String[] a, int maxHops, int limit, int targetsLimit) {
        return "/api/intermediaries?from=" + a[0] + "&tag=" + encode(a[1]) + "&maxHops=" + maxHops + "&limit=" + limit
                + "&targetsLimit=" + targetsLimit;
    }

    static String searchUrl(String[] s) {
        return "/api/search?q=" + encode(s[1]) + "&from=" + s[0] + "&maxDistance=2&limit=20";
    }

    /** Every scenario at each concurrency, {@code seconds} each. */
    List<Latencies> run(HttpLoad http, Duration each, Report report) throws Exception {
        Duration warm = Duration.ofMillis(Math.min(5_000, each.toMillis() / 2));
        for (Scenario s : scenarios()) {
            http.runFor("warm-up", s.urls(), 2, warm);
        }
        report.line("");
        report.line("## Over HTTP, %d s per scenario (the real app, bearer token, JSON)", each.toSeconds());
        report.line("");
        report.line(Latencies.header());
        List<Latencies> results = new ArrayList<>();
        for (int c : CONCURRENCY) {
            for (Scenario s : scenarios()) {
                Latencies result = http.runFor(s.name(), s.urls(), c, each);
                report.line(result.row());
                results.add(result);
            }
        }
        return results;
    }

    private record Scenario(String name, List<String> urls) {}

    private List<Scenario> scenarios() {
        return List.of(
                new Scenario("intermediaries maxHops 1", map(asks, a -> intermediariesUrl(a, 1, 20, 5))),
                new Scenario("intermediaries maxHops 2", map(asks, a -> intermediariesUrl(a, 2, 20, 5))),
                new Scenario("paths maxLength 6 limit 5", map(pairs, p -> pathsUrl(p, 5))),
                new Scenario("search maxDistance 2 limit 20", map(searches, Scenarios::searchUrl)));
    }

    private static List<String> map(List<String[]> items, Function<String[], String> f) {
        return items.stream().map(f).toList();
    }
}
