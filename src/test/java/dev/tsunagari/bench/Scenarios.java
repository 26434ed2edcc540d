package dev.tsunagari.bench;

import static dev.tsunagari.bench.Benchmark.encode;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The measured workloads: seeded query sets (pairs of people, one in ten with one end in an island or alone, one
 * in twenty the same person; search words drawn by kind frequency), each run over HTTP at concurrency 1 and 8, the
 * Cypher baselines, and the PROFILE summaries.
 */
final class Scenarios {
    private static final int[] CONCURRENCY = {1, 8};
    private final Graph graph;
    private final CypherFiles cypher;
    private final CommunityGraph community;
    private final HttpLoad http;
    private final SplittableRandom random;
    private final int requests;
    private final Report report;
    private final List<String[]> pairs = new ArrayList<>();
    private final List<String[]> searches = new ArrayList<>();

    Scenarios(Graph graph, CypherFiles cypher, CommunityGraph community, HttpLoad http, SplittableRandom random,
            int requests, Report report) {
        this.graph = graph;
        this.cypher = cypher;
        this.community = community;
        this.http = http;
        this.random = random;
        this.requests = requests;
        this.report = report;
        int size = community.people.size();
        for (int i = 0; i < requests; i++) {
            double roll = random.nextDouble();
            int a = random.nextInt(community.mainPool);
            int b = roll < 0.05 ? a : roll < 0.15 ? community.mainPool + random.nextInt(size - community.mainPool)
                    : random.nextInt(size);
            pairs.add(random.nextBoolean() ? new String[] {CommunityGraph.id(a), CommunityGraph.id(b)}
                    : new String[] {CommunityGraph.id(b), CommunityGraph.id(a)});
            searches.add(new String[] {CommunityGraph.id(random.nextInt(community.mainPool)),
                    community.kinds.searchWords(random)});
        }
    }

    void run() throws Exception {
        warmUp();
        report.line("");
        report.line("## Over HTTP (the real app, bearer token, JSON parsed by the client only for the histogram)");
        report.line("");
        report.line(Latencies.header());
        LengthHistogram lengths = new LengthHistogram();
        LengthHistogram strongLengths = new LengthHistogram();
        for (int c : CONCURRENCY) {
            measure("paths maxLength 6 limit 5", map(pairs, p -> "/api/paths?from=" + p[0] + "&to=" + p[1]
                    + "&maxLength=6&limit=5"), c, c == 1 ? lengths : null);
            measure("paths minStrength 0.6 (sparser: more no-path)", map(pairs, p -> "/api/paths?from=" + p[0]
                    + "&to=" + p[1] + "&maxLength=6&limit=5&minStrength=0.6"), c, c == 1 ? strongLengths : null);
            measure("search maxDistance 2 limit 20", map(searches, s -> "/api/search?q=" + encode(s[1]) + "&from="
                    + s[0] + "&maxDistance=2&limit=20"), c, null);
            for (int hops = 1; hops <= 2; hops++) {
                int maxHops = hops;
                List<String> urls = map(searches, s -> "/api/intermediaries?from=" + s[0] + "&kind=" + encode(s[1])
                        + "&maxHops=" + maxHops + "&limit=20");
                HttpLoad.Answer probe = http.get(urls.get(0));
                if (probe.status() == 200) {
                    measure("intermediaries maxHops " + hops, urls, c, null);
                } else if (c == 1) {
                    report.line("| intermediaries maxHops %d | skipped: the route answered %d in this build |"
                            + " | | | | | | |", hops, probe.status());
                }
            }
        }
        report.line("");
        report.line("paths answers (default filter): %s", lengths);
        report.line("paths answers (minStrength 0.6): %s", strongLengths);
        Comparisons comparisons = new Comparisons(graph, cypher, community, report);
        comparisons.baselines(pairs, searches, Math.max(20, requests / 10));
        comparisons.profiles(pairs, searches);
    }

    private void warmUp() throws Exception {
        int n = Math.min(60, requests);
        http.run("warm-up", map(pairs.subList(0, n), p -> "/api/paths?from=" + p[0] + "&to=" + p[1]), 2, null);
        http.run("warm-up", map(searches.subList(0, n), s -> "/api/search?q=" + encode(s[1]) + "&from=" + s[0]), 2,
                null);
    }

    private void measure(String scenario, List<String> urls, int concurrency,
            LengthHistogram histogram) throws Exception {
        Latencies result = http.run(scenario, urls, concurrency, histogram == null ? null : histogram::add);
        report.line(result.row());
    }

    private static List<String> map(List<String[]> items, java.util.function.Function<String[], String> f) {
        return items.stream().map(f).toList();
    }
}
