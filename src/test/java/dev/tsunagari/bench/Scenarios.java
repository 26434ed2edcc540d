package dev.tsunagari.bench;

import static dev.tsunagari.bench.Benchmark.encode;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Benchmark.Report report;
    private final List<String[]> pairs = new ArrayList<>();
    private final List<String[]> searches = new ArrayList<>();

    Scenarios(Graph graph, CypherFiles cypher, CommunityGraph community, HttpLoad http, SplittableRandom random,
            int requests, Benchmark.Report report) {
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
        Benchmark.LengthHistogram lengths = new Benchmark.LengthHistogram();
        Benchmark.LengthHistogram strongLengths = new Benchmark.LengthHistogram();
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
        baselines();
        profiles();
    }

    private void warmUp() throws Exception {
        int n = Math.min(60, requests);
        http.run("warm-up", map(pairs.subList(0, n), p -> "/api/paths?from=" + p[0] + "&to=" + p[1]), 2, null);
        http.run("warm-up", map(searches.subList(0, n), s -> "/api/search?q=" + encode(s[1]) + "&from=" + s[0]), 2,
                null);
    }

    private void measure(String scenario, List<String> urls, int concurrency,
            Benchmark.LengthHistogram histogram) throws Exception {
        Latencies result = http.run(scenario, urls, concurrency, histogram == null ? null : histogram::add);
        report.line(result.row());
    }

    private void baselines() {
        int n = Math.max(25, requests / 6);
        report.line("");
        report.line("## Baselines: Cypher through the same driver, concurrency 1, %d s limit per statement",
                Benchmark.baselineTimeout().toSeconds());
        report.line("");
        report.line(Latencies.header());
        CypherBaseline baseline = new CypherBaseline(graph, Benchmark.baselineTimeout());
        List<Map<String, Object>> pairParams = new ArrayList<>();
        // shortestPath refuses a person with themself, so the baselines get only pairs of two people.
        for (String[] p : pairs.stream().filter(p -> !p[0].equals(p[1])).limit(n).toList()) {
            Map<String, Object> params = new HopFilter(0.0, false).parameters();
            params.put("from", p[0]);
            params.put("to", p[1]);
            pairParams.add(params);
        }
        report.line(baseline.run("naive shortestPath(*..6) + all(relationships) filter",
                cypher.get("bench/baseline_shortest_path"), pairParams).row());
        report.line(baseline.run("Cypher 5 ALL SHORTEST {1,6} with inlined filter",
                cypher.get("bench/baseline_all_shortest"), pairParams).row());
        List<Map<String, Object>> searchParams = new ArrayList<>();
        for (String[] s : searches.subList(0, Math.min(n, searches.size()))) {
            Map<String, Object> params = new HopFilter(0.0, false).parameters();
            params.put("from", s[0]);
            params.put("query", Benchmark.fullText(s[1]));
            searchParams.add(params);
        }
        report.line(baseline.run("naive search: full text + [:KNOWS|TRUSTS*1..2] per match",
                cypher.get("bench/baseline_search_var_length"), searchParams).row());
    }

    /**
     * PROFILE of real paths requests, level by level (a few pairs of people in the main pool, and one with an
     * island or a loner), and of the full-text statement of the first search.
     */
    private void profiles() {
        PathTrace trace = new PathTrace(graph, cypher);
        HopFilter filter = new HopFilter(0.0, false);
        report.line("");
        report.line("## PROFILE of paths requests, level by level (maxLength 6, default filter)");
        List<String[]> traced = new ArrayList<>();
        for (String[] p : pairs) {
            boolean island = isIsland(p[0]) || isIsland(p[1]);
            long sameKind = traced.stream().filter(t -> (isIsland(t[0]) || isIsland(t[1])) == island).count();
            if (!p[0].equals(p[1]) && sameKind < (island ? 1 : 4)) {
                traced.add(p);
            }
        }
        for (String[] p : traced) {
            report.line("");
            report.line(trace.trace(p[0], p[1], 6, filter));
        }
        String[] search = searches.stream().filter(s -> s[1].equals("講師")).findFirst().orElse(searches.get(0));
        Map<String, Object> near = new HashMap<>();
        near.put("query", Benchmark.fullText(search[1]));
        near.put("from", null);
        near.put("placed", List.of());
        Map<String, Object> far = new HashMap<>();
        far.put("query", Benchmark.fullText(search[1]));
        far.put("exclude", List.of());
        far.put("afterScore", null);
        far.put("afterId", null);
        far.put("limit", 21);
        report.line("## PROFILE of the full-text statements of a search (words: %s; nobody placed)", search[1]);
        report.line("");
        report.line(PlanProfile.of(graph, cypher.get("finder/search_near"), near));
        report.line(PlanProfile.of(graph, cypher.get("finder/search_far"), far));
    }

    private boolean isIsland(String id) {
        return Integer.parseInt(id.substring(1)) >= community.mainPool;
    }

    private static List<String> map(List<String[]> items, java.util.function.Function<String[], String> f) {
        return items.stream().map(f).toList();
    }
}
