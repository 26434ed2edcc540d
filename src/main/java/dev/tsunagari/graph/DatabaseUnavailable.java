package dev.tsunagari.graph;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Neo4j could not serve a call: unreachable, not answering in time, too many calls already waiting on it, or its
 * store cannot write. It is the database's state, not the request's fault, so it is answered 503 with
 * {@code Retry-After} (507 when the store's disk is full) and never 500. Every rule that tells such a failure from
 * a request's own error is here. It carries no driver message, so none can reach a response.
 */
public final class DatabaseUnavailable extends RuntimeException {
    private static final String NO_SPACE = "no space left on device";
    private final String reason;
    private final boolean storageFull;
    private final Duration retryAfter;

    private DatabaseUnavailable(String reason, boolean storageFull, Duration retryAfter) {
        super("the database is unavailable: " + reason, null, false, false);
        this.reason = reason;
        this.storageFull = storageFull;
        this.retryAfter = retryAfter;
    }

    public static DatabaseUnavailable unreachable() {
        return new DatabaseUnavailable("unreachable", false, Duration.ofSeconds(2));
    }

    public static DatabaseUnavailable notAnswering(Duration within) {
        return new DatabaseUnavailable("not answering within " + within.toMillis() + " ms", false, Duration.ofSeconds(2));
    }

    public static DatabaseUnavailable busy(int waiting) {
        return new DatabaseUnavailable("busy: " + waiting + " requests already wait on it", false, Duration.ofSeconds(1));
    }

    /** The health probe found Neo4j down for {@code reason}: calls are refused until it answers again. */
    public static DatabaseUnavailable probedDown(String reason) {
        return new DatabaseUnavailable(reason, false, Duration.ofSeconds(2));
    }

    public static DatabaseUnavailable storageFull() {
        return new DatabaseUnavailable("its disk is full", true, Duration.ofSeconds(60));
    }

    public static DatabaseUnavailable storageFailed() {
        return new DatabaseUnavailable("its store cannot be written", false, Duration.ofSeconds(10));
    }

    /**
     * {@code e} as an outage when it is one: the connection failed or was lost, the pool gave none in time, the
     * server timed the transaction out ({@code serverLimit}, when the caller has no time-out of its own to report),
     * a transient error outlasted the driver's retries, or the store failed on its disk.
     */
    public static Optional<DatabaseUnavailable> of(RuntimeException e, Duration serverLimit) {
        if (e instanceof DatabaseUnavailable known) {
            return Optional.of(known);
        }
        if (mentions(e, NO_SPACE)) {
            return Optional.of(storageFull());
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return Optional.of(unreachable());
        }
        if (e instanceof Neo4jException neo4j && QueryTimedOut.isTimeout(neo4j)) {
            return Optional.of(notAnswering(serverLimit));
        }
        if (e instanceof ClientException && mentions(e, "unable to acquire connection")) {
            return Optional.of(notAnswering(serverLimit));
        }
        if (e instanceof TransientException) {
            return Optional.of(unreachable());
        }
        if (e instanceof DatabaseException && causedBy(e, IOException.class)) {
            return Optional.of(storageFailed());
        }
        return Optional.empty();
    }

    private static boolean mentions(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** "unreachable", "not answering within 3000 ms", …: what {@code /health} and the problem's detail say. */
    public String reason() {
        return reason;
    }

    /** 507 for a full disk, otherwise 503. */
    public int status() {
        return storageFull ? 507 : 503;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
