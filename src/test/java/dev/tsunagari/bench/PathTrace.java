package dev.tsunagari.bench;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.paths.UsableHops;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Replays the level loop of the service's bidirectional search (paths.MeetInTheMiddle: both first levels with the
 * start, then grow the smaller frontier, the last level only into the other frontier) with every statement
 * PROFILEd, and prints one line per statement: which side, frontier size, rows and db hits. Benchmark only; it
 * reads, and mirrors the service's order of work.
 */
final class PathTrace {
    private final Graph graph;
    private final Cypher start;
    private final Cypher expand;
    private final Cypher expandInto;
    private final UsableHops hops;

    PathTrace(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.start = cypher.get("finder/paths_start");
        this.expand = cypher.get("finder/paths_expand");
        this.expandInto = cypher.get("finder/paths_expand_into");
        this.hops = new UsableHops(cypher);
    }

    String trace(String from, String to, int maxLength, HopFilter filter) {
        return graph.read(tx -> {
            StringBuilder out = new StringBuilder();
            Map<String, UsableHops.Origin> origins = hops.origins(tx, List.of(from, to), filter);
            Side a = new Side("from", origins.get(from).node());
            Side b = new Side("to", origins.get(to).node());
            out.append("| level | grows | frontier | statement | rows out | neighbours | db hits | ms |\n")
                    .append("|---:|---|---:|---|---:|---:|---:|---:|\n");
            // The first level of both sides comes with finder/paths_start (profiled here as its own line).
            Result first = tx.run("PROFILE " + start.text(), withIds(filter, from, to));
            List<Record> firstRows = first.list();
            ResultSummary firstSummary = first.consume();
            long totalHits = hits(firstSummary.profile());
            long totalRows = firstRows.size();
            int seen = 0;
            for (Record row : firstRows) {
                seen += row.get("neighbours").size();
            }
            out.append(String.format(Locale.ROOT, "| 1-2 | both | 2 | %s | %d | %d | %d | %d |%n", start.name(),
                    firstRows.size(), seen, totalHits, millis(firstSummary)));
            a.advance(firstRows.stream().filter(r -> r.get("id").asString().equals(from)).toList());
            String outcome = "no path within " + maxLength;
            if (a.frontier.contains(b.frontier.get(0))) {
                outcome = "length 1";
            } else if (!a.frontier.isEmpty()) {
                b.advance(firstRows.stream().filter(r -> r.get("id").asString().equals(to)).toList());
                Set<String> meeting = new HashSet<>(a.frontier);
                meeting.retainAll(b.frontier);
                if (!meeting.isEmpty()) {
                    outcome = "length 2, " + meeting.size() + " people in the meeting layer";
                }
            }
            while (outcome.startsWith("no path") && a.level + b.level < maxLength) {
                Side grow = a.frontier.size() <= b.frontier.size() ? a : b;
                Side other = grow == a ? b : a;
                if (grow.frontier.isEmpty()) {
                    outcome = "no path: the " + grow.name + " side ran out of people";
                    break;
                }
                boolean last = a.level + b.level + 1 == maxLength;
                Map<String, Object> params = filter.parameters();
                params.put("frontier", List.copyOf(grow.frontier));
                if (last) {
                    params.put("targets", List.copyOf(other.frontier));
                }
                Cypher statement = last ? expandInto : expand;
                Result result = tx.run("PROFILE " + statement.text(), params);
                List<Record> rows = result.list();
                ResultSummary summary = result.consume();
                long hits = hits(summary.profile());
                int frontierSize = grow.frontier.size();
                int neighbours = grow.advance(rows);
                totalHits += hits;
                totalRows += rows.size();
                out.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %d | %d | %d | %d |%n",
                        a.level + b.level, grow.name, frontierSize, statement.name(), rows.size(), neighbours, hits,
                        millis(summary)));
                Set<String> meeting = new HashSet<>(grow.frontier);
                meeting.retainAll(other.frontier);
                if (!meeting.isEmpty()) {
                    outcome = "length " + (a.level + b.level) + ", " + meeting.size() + " people in the meeting layer";
                    break;
                }
            }
            out.append(String.format(Locale.ROOT, "%n%s → %s: %s; total %d db hits, %d rows%n", from, to, outcome,
                    totalHits, totalRows));
            return out.toString();
        });
    }

    private static Map<String, Object> withIds(HopFilter filter, String from, String to) {
        Map<String, Object> params = filter.parameters();
        params.put("ids", List.of(from, to));
        return params;
    }

    private static long millis(ResultSummary summary) {
        return summary.resultAvailableAfter(TimeUnit.MILLISECONDS) + summary.resultConsumedAfter(TimeUnit.MILLISECONDS);
    }

    private static long hits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += hits(child);
        }
        return hits;
    }

    private static final class Side {
        final String name;
        final Map<String, Integer> depth = new HashMap<>();
        List<String> frontier;
        int level;

        Side(String name, String origin) {
            this.name = name;
            depth.put(origin, 0);
            frontier = List.of(origin);
        }

        int advance(List<Record> rows) {
            List<String> next = new ArrayList<>();
            int seen = 0;
            for (Record row : rows) {
                for (String v : row.get("neighbours").asList(Value::asString)) {
                    seen++;
                    if (depth.putIfAbsent(v, level + 1) == null) {
                        next.add(v);
                    }
                }
            }
            level++;
            frontier = next;
            return seen;
        }
    }
}
