package dev.tsunagari.graph;

import java.time.Duration;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The server ended a transaction because it ran past its time limit. Callers turn it into a problem naming what
 * made the question too broad; it carries no driver message, so none can reach a response.
 */
public final class QueryTimedOut extends RuntimeException {
    private final Duration limit;

    public QueryTimedOut(Duration limit) {
        super("the query ran longer than " + seconds(limit), null, false, false);
        this.limit = limit;
    }

    /** {@code e} as a time-out when the server says it was one, otherwise {@code e} itself, to be rethrown. */
    public static RuntimeException ifTimeout(Neo4jException e, Duration limit) {
        return isTimeout(e) ? new QueryTimedOut(limit == null ? Duration.ZERO : limit) : e;
    }

    /** Neo.ClientError.Transaction.TransactionTimedOut and its ...ClientConfiguration variant. */
    public static boolean isTimeout(Neo4jException e) {
        String code = e.code();
        return code != null && code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    public Duration limit() {
        return limit;
    }

    /** "5 s", or "250 ms" below a second. */
    public static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
