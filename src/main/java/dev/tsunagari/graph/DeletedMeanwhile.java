package dev.tsunagari.graph;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * A transaction met a node or relationship that a concurrent transaction deleted after this one found it (Neo4j's
 * isolation is read-committed): a tie written to a person being deleted, a list read while people go. Nothing was
 * wrong with the request, so the driver runs the transaction again (this is a {@link RetryableException}); the next
 * attempt no longer finds what was deleted and answers accordingly (a 404, a shorter list).
 */
public final class DeletedMeanwhile extends RuntimeException implements RetryableException {
    static final String CODE = "Neo.ClientError.Statement.EntityNotFound";

    private DeletedMeanwhile(Neo4jException cause) {
        super("what this transaction read was deleted meanwhile: " + cause.getMessage(), cause);
    }

    /** The exception to throw for {@code e}: this one when something was deleted meanwhile, {@code e} otherwise. */
    static RuntimeException orItself(Neo4jException e) {
        return e instanceof ClientException && CODE.equals(e.code()) ? new DeletedMeanwhile(e) : e;
    }
}
