package dev.tsunagari.bench;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * PROFILE of the statements {@code finder/IntermediaryFinder} runs for one request, in its order and with its
 * parameters (the asker's ring, the tag's count, then either the asker's levels checked against the tag or the
 * targets listed and the expansion it picks and the hops that join the two sides), so a
 * slow request can be explained statement by statement: rows, db hits and time. The scoring in Java, the fans
 * and the people's summaries are left out; the statements' text comes from their files.
 */
final class IntermediariesTrace {
    private static final int MAX_TARGETS = 20_000;
    private static final int MAX_ROWS = 1_000_000;
    private final Graph graph;
    private final CypherFiles cypher;
    private final StringBuilder out = new StringBuilder();
    private String heaviest;
    private Map<String, Object> heaviestParams;
    private long heaviestHits;
    private int statements;

    IntermediariesTrace(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    String trace(String from, String tag, int maxHops) {
        out.setLength(0);
        statements = 0;
        heaviestHits = -1;
        out.append(String.format("from %s, tag %s, maxHops %d%n%n", from, tag, maxHops));
        out.append("| # | statement | list sizes in | rows out | db hits | ms |\n|---:|---|---|---:|---:|---:|\n");
        Map<String, Object> base = new HopFilter(0.0, false).parameters();
        base.put("maxRows", MAX_ROWS + 1);
        Map<String, Object> targetParams = new HashMap<>(Map.of("from", from, "tags", List.of(tag),
                "maxTargets", MAX_TARGETS + 1));
        Set<String> ring = ids(run("finder/usable_ties", with(base, Map.of("ids", List.of(from)))), "b");
        List<Record> counted = run("finder/targets_count_by_tag", targetParams);
        long count = counted.isEmpty() ? 0
                : counted.get(0).get("carriers").asLong() - (counted.get(0).get("fromCarries").asBoolean() ? 1 : 0);
        if (count > ring.size() * 20L) {
            frontier(base, targetParams, ring, maxHops, count);
        } else {
            meetInTheMiddle(base, targetParams, ring, maxHops);
        }
        out.append('\n').append(PlanProfile.of(graph, cypher.get(heaviest), heaviestParams));
        return out.toString();
    }

    /** More carriers than the ring could reach: expand from the asker, checking the tag at the last level. */
    private void frontier(Map<String, Object> base, Map<String, Object> targetParams, Set<String> ring, int maxHops,
            long count) {
        String from = (String) targetParams.get("from");
        Set<String> last = ring;
        Set<String> checked = new HashSet<>(ring);
        if (maxHops == 2) {
            last = ids(run("finder/usable_ties", with(base, Map.of("ids", List.copyOf(ring)))), "b");
            last.remove(from);
            checked.addAll(last);
        }
        if (count < last.size()) {
            Set<String> targets = ids(run("finder/targets_by_tags", targetParams), "id");
            if (!targets.isEmpty()) {
                run("finder/usable_ties_between", with(base, Map.of("left", List.copyOf(targets),
                        "right", List.copyOf(last))));
            }
            return;
        }
        if (!checked.isEmpty()) {
            run("finder/tagged_among", with(targetParams, Map.of("ids", List.copyOf(checked))));
        }
        if (!last.isEmpty()) {
            run("finder/usable_ties_to_tagged", with(with(base, targetParams), Map.of("ids", List.copyOf(last))));
        }
    }

    private void meetInTheMiddle(Map<String, Object> base, Map<String, Object> targetParams, Set<String> ring,
            int maxHops) {
        String from = (String) targetParams.get("from");
        Set<String> targets = ids(run("finder/targets_by_tags", targetParams), "id");
        if (maxHops == 1) {
            between(base, ring, targets);
        } else if (targets.size() <= ring.size() * 20) {
            Set<String> middle = ids(run("finder/usable_ties", with(base, Map.of("ids", List.copyOf(targets)))), "b");
            middle.remove(from);
            between(base, ring, middle);
        } else {
            Set<String> middle = ids(run("finder/usable_ties", with(base, Map.of("ids", List.copyOf(ring)))), "b");
            middle.remove(from);
            between(base, middle, targets);
        }
    }

    private void between(Map<String, Object> base, Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Set<String> left = a.size() <= b.size() ? a : b;
        Set<String> right = left == a ? b : a;
        run("finder/usable_ties_between", with(base, Map.of("left", List.copyOf(left), "right", List.copyOf(right))));
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> extra) {
        Map<String, Object> params = new HashMap<>(base);
        params.putAll(extra);
        return params;
    }

    private static Set<String> ids(List<Record> rows, String column) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get(column).asString()));
        return ids;
    }

    private List<Record> run(String name, Map<String, Object> params) {
        List<Record> rows = new ArrayList<>();
        ResultSummary summary = graph.read(tx -> {
            var result = tx.run("PROFILE " + cypher.get(name).text(), params);
            rows.addAll(result.list());
            return result.consume();
        });
        long hits = hits(summary.profile());
        if (hits > heaviestHits) {
            heaviestHits = hits;
            heaviest = name;
            heaviestParams = params;
        }
        List<String> sizes = new ArrayList<>();
        params.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                sizes.add(k + " " + list.size());
            }
        });
        out.append(String.format(Locale.ROOT, "| %d | %s | %s | %d | %d | %d |%n",
                ++statements, name, String.join(", ", sizes), rows.size(), hits,
                summary.resultAvailableAfter(TimeUnit.MILLISECONDS) + summary.resultConsumedAfter(TimeUnit.MILLISECONDS)));
        return rows;
    }

    private static long hits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += hits(child);
        }
        return hits;
    }
}
