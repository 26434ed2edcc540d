package dev.tsunagari.bench;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.paths.PathFinder;
import dev.tsunagari.paths.PathsAnswer;
import dev.tsunagari.paths.UsableHops;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs real paths requests through the service's own {@link PathFinder} with every statement PROFILEd (the only
 * place the PROFILE keyword is put in front of a statement's text), and prints one line per statement: how many
 * people it started from, rows and neighbour ids sent back, db hits and time.
 */
final class PathTrace implements UsableHops.Statements {
    private final Graph graph;
    private final CypherFiles cypher;
    private final List<String> lines = new ArrayList<>();
    private long totalHits;
    private long totalRows;

    PathTrace(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.cypher = cypher;
    }

    String trace(String from, String to, int maxLength, HopFilter filter) {
        lines.clear();
        totalHits = 0;
        totalRows = 0;
        PathsAnswer answer = new PathFinder(graph, new UsableHops(cypher, this))
                .find(new PathFinder.Query(from, to, maxLength, 5, filter));
        StringBuilder out = new StringBuilder();
        out.append("| # | statement | people in | rows out | ids out | db hits | ms |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < lines.size(); i++) {
            out.append("| ").append(i + 1).append(lines.get(i)).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%n%s → %s: length %d, %d paths; total %d db hits, %d rows%n", from, to,
                answer.length(), answer.paths().size(), totalHits, totalRows));
        return out.toString();
    }

    @Override
    public List<Record> run(TransactionContext tx, Cypher query, Map<String, Object> params) {
        Result result = tx.run("PROFILE " + query.text(), params);
        List<Record> rows = result.list();
        ResultSummary summary = result.consume();
        long hits = hits(summary.profile());
        int ids = 0;
        for (Record row : rows) {
            ids += row.containsKey("neighbours") ? row.get("neighbours").size() : 0;
        }
        totalHits += hits;
        totalRows += rows.size();
        lines.add(String.format(Locale.ROOT, " | %s | %d | %d | %d | %d | %d |", query.name(), in(params), rows.size(),
                ids, hits, summary.resultAvailableAfter(TimeUnit.MILLISECONDS)
                        + summary.resultConsumedAfter(TimeUnit.MILLISECONDS)));
        return rows;
    }

    private static int in(Map<String, Object> params) {
        for (String key : List.of("frontier", "ids", "pairs")) {
            if (params.get(key) instanceof Collection<?> values) {
                return values.size();
            }
        }
        return 0;
    }

    private static long hits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += hits(child);
        }
        return hits;
    }
}
