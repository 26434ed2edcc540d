package dev.tsunagari.graph;

import java.util.Map;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The transaction a {@link Graph} hands to its work, so that {@link Graph#run} can time each named statement.
 * Statements run without a name (schema migrations) pass straight through.
 */
final class TimedTransaction implements TransactionContext {
    private final TransactionContext tx;
    private final QueryTimer timer;

    TimedTransaction(TransactionContext tx, QueryTimer timer) {
        this.tx = tx;
        this.timer = timer;
    }

    Result run(Cypher query, Map<String, Object> parameters) {
        long started = System.nanoTime();
        try {
            return new TimedResult(tx.run(query.text(), parameters), query.name(), started, timer);
        } catch (RuntimeException e) {
            timer.record(query.name(), System.nanoTime() - started, true);
            throw e;
        }
    }

    @Override
    public Result run(String query, Value parameters) {
        return tx.run(query, parameters);
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return tx.run(query, parameters);
    }

    @Override
    public Result run(String query, Record parameters) {
        return tx.run(query, parameters);
    }

    @Override
    public Result run(String query) {
        return tx.run(query);
    }

    @Override
    public Result run(Query query) {
        return tx.run(query);
    }
}
