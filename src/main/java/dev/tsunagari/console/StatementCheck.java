package dev.tsunagari.console;

import dev.tsunagari.http.ApiException;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from Neo4j's own plan of a console statement (EXPLAIN: planned, not run) whether it may run. Only
 * read-only statements pass; the READ session refuses writes again on its own. On top of that, reads that reach
 * outside the graph or act on the server are refused: {@code LOAD CSV} (files and URLs), terminating transactions,
 * and every procedure not on a short list of read-only ones (db.* reveals private data, which is fine for admins).
 */
final class StatementCheck {
    /** Procedures that only read the graph, its schema or what the server is. */
    static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.info", "db.ping",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
            "db.index.fulltext.listAvailableAnalyzers", "dbms.components",
            // The finder's own read-only procedures (tsunagari.index.check is left out: writes wait while it runs).
            "tsunagari.intermediaries", "tsunagari.paths", "tsunagari.search", "tsunagari.reach",
            "tsunagari.connectors", "tsunagari.index.status", "tsunagari.version");

    private StatementCheck() {}

    static void requireReadOnly(ResultSummary explained) {
        if (explained.queryType() != QueryType.READ_ONLY) {
            throw forbidden("The console only reads; this statement would change the graph or its schema.");
        }
        explained.queryPlan().ifPresent(StatementCheck::walk);
    }

    private static void walk(Plan plan) {
        String operator = plan.operatorType();
        if (operator.startsWith("LoadCSV")) {
            throw forbidden("LOAD CSV reads files and URLs outside the graph; the console does not run it.");
        }
        if (operator.startsWith("Terminate")) {
            throw forbidden("The console does not act on the server's transactions.");
        }
        if (operator.startsWith("ProcedureCall")) {
            String name = procedureName(plan);
            if (!ALLOWED_PROCEDURES.contains(name)) {
                throw forbidden("The console calls only read-only procedures ("
                        + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList()) + ").");
            }
        }
        List<? extends Plan> children = plan.children();
        children.forEach(StatementCheck::walk);
    }

    /** "db.labels() :: (label :: STRING)" names db.labels. */
    private static String procedureName(Plan plan) {
        Value details = plan.arguments().get("Details");
        if (details == null || details.isNull()) {
            return "";
        }
        String text = details.asString();
        int paren = text.indexOf('(');
        return (paren < 0 ? text : text.substring(0, paren)).strip();
    }

    static ApiException forbidden(String detail) {
        return new ApiException(403, "/problems/forbidden", "Forbidden", detail, List.of());
    }
}
