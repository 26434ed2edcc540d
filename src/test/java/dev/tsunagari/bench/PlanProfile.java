package dev.tsunagari.bench;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.Graph;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * PROFILE of one statement on the benchmark graph, summarised per operator (rows, db hits) with the totals. The
 * statement text comes from its file; only the PROFILE keyword is put in front of it, here and nowhere else.
 */
final class PlanProfile {
    private PlanProfile() {}

    static String of(Graph graph, Cypher statement, Map<String, Object> params) {
        ResultSummary summary = graph.read(tx -> {
            var result = tx.run("PROFILE " + statement.text(), params);
            result.list();
            return result.consume();
        });
        StringBuilder out = new StringBuilder();
        out.append("PROFILE ").append(statement.name()).append(String.format(Locale.ROOT,
                " — total db hits %d, rows %d, %d ms%n", totalHits(summary.profile()), summary.profile().records(),
                summary.resultAvailableAfter(java.util.concurrent.TimeUnit.MILLISECONDS)
                        + summary.resultConsumedAfter(java.util.concurrent.TimeUnit.MILLISECONDS)));
        out.append("| operator | details | rows | db hits |\n|---|---|---:|---:|\n");
        describe(summary.profile(), 0, out);
        return out.toString();
    }

    private static long totalHits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += totalHits(child);
        }
        return hits;
    }

    private static void describe(ProfiledPlan plan, int depth, StringBuilder out) {
        String details = plan.arguments().containsKey("Details")
                ? plan.arguments().get("Details").asString().replace("|", "\\|").replace("\n", " ") : "";
        if (details.length() > 110) {
            details = details.substring(0, 107) + "...";
        }
        out.append(String.format(Locale.ROOT, "| %s%s | %s | %d | %d |%n", "· ".repeat(depth), plan.operatorType(),
                details, plan.records(), plan.dbHits()));
        for (ProfiledPlan child : plan.children()) {
            describe(child, depth + 1, out);
        }
    }
}
