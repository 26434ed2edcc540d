package dev.tsunagari.bench;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTTP numbers are compared with and explained by: plain Cypher doing the same jobs through the same
 * driver (baselines), and PROFILEs of the statements the service runs.
 */
final class Comparisons {
    private final Graph graph;
    private final CypherFiles cypher;
    private final CommunityGraph community;
    private final Report report;

    Comparisons(Graph graph, CypherFiles cypher, CommunityGraph community, Report report) {
        this.graph = graph;
        this.cypher = cypher;
        this.community = community;
        this.report = report;
    }

    /** The baselines on the first {@code n} pairs of two people and the first {@code n} searches. */
    void baselines(List<String[]> pairs, List<String[]> searches, int n) {
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
        report.line(baseline.run("shortestPath(*..6) + all(relationships) filter, one path",
                cypher.get("bench/baseline_shortest_path"), pairParams).row());
        report.line(baseline.run("Cypher 5 ALL SHORTEST {1,6} with inlined filter, every path",
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
    void profiles(List<String[]> pairs, List<String[]> searches) {
        PathTrace trace = new PathTrace(graph, cypher);
        HopFilter filter = new HopFilter(0.0, false);
        report.line("");
        report.line("## PROFILE of real paths requests, statement by statement (maxLength 6, default filter)");
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
}
