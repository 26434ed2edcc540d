package dev.tsunagari.console;

import dev.tsunagari.graph.Graph;
import dev.tsunagari.config.Limits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs an admin's own Cypher text: the one place the service runs a statement that is not a file under
 * {@code cypher/}. It is held three ways: a READ-mode session and transaction (Neo4j refuses any write there),
 * a check of Neo4j's plan before running ({@link StatementCheck}), and a transaction time limit after which the
 * server ends it, so no thread waits on it. At most {@code maxRows} rows come back.
 */
public final class CypherConsole {
    private final Graph graph;
    private final SessionConfig readOnly;
    private final TransactionConfig limited;
    private final Duration timeout;
    private final int maxRows;

    public CypherConsole(Graph graph, Limits limits) {
        this.graph = graph;
        this.readOnly = SessionConfig.builder()
                .withDatabase(graph.sessionConfig().database().orElse("neo4j"))
                .withDefaultAccessMode(AccessMode.READ)
                .build();
        this.timeout = limits.consoleTimeout();
        this.limited = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("app", "tsunagari-console")).build();
        this.maxRows = limits.consoleMaxRows();
    }

    /** The rows of one statement, or a problem saying why it may not or could not run. */
    public ConsoleResult run(String query, Map<String, Object> parameters) {
        long started = System.nanoTime();
        // Two transactions of up to the console's time-out each: a hung Neo4j answers 503 after that, not never.
        return graph.within(timeout.multipliedBy(2), () -> {
            try (Session session = graph.driver().session(readOnly)) {
                // The user's text is the statement here by design: this is the console, not a query of the service.
                ResultSummary plan = session.executeRead(tx -> tx.run("EXPLAIN " + query, parameters).consume(), limited);
                StatementCheck.requireReadOnly(plan);
                Rows rows = session.executeRead(tx -> rows(tx.run(query, parameters)), limited);
                return new ConsoleResult(rows.columns(), rows.values(), rows.truncated(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (Neo4jException e) {
                throw ConsoleErrors.problemFor(e, timeout);
            }
        });
    }

    private Rows rows(Result result) {
        List<String> columns = result.keys();
        List<List<Object>> values = new ArrayList<>();
        while (values.size() < maxRows && result.hasNext()) {
            Record record = result.next();
            List<Object> row = new ArrayList<>(columns.size());
            record.values().forEach(value -> row.add(ValueJson.of(value.asObject())));
            values.add(row);
        }
        return new Rows(columns, values, result.hasNext());
    }

    private record Rows(List<String> columns, List<List<Object>> values, boolean truncated) {}
}
