package dev.tsunagari.console;

import dev.tsunagari.graph.QueryTimedOut;
import dev.tsunagari.http.ApiException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * What Neo4j said about a console statement, as a problem for the person who typed it: the server's own short
 * explanation of a syntax or runtime error (first line, no stack, no class names), a 403 for a write, a 422 for a
 * statement that ran too long or needed too much memory. Anything the server blames on itself is rethrown, to be
 * logged and answered generically.
 */
final class ConsoleErrors {
    private static final int MAX_DETAIL = 300;
    /** Text that would show the service's insides rather than the statement's fault. */
    private static final Pattern INTERNAL = Pattern.compile("(org|java|javax|io|com)\\.[a-z]+\\.|Exception|\\tat ");

    private ConsoleErrors() {}

    static RuntimeException problemFor(Neo4jException e, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
        if (QueryTimedOut.isTimeout(e) || code.equals("Neo.ClientError.Transaction.Terminated")) {
            return ApiException.unprocessable("query", "the query ran longer than " + QueryTimedOut.seconds(timeout)
                    + "; narrow it (a LIMIT, a label, a shorter pattern)");
        }
        if (code.contains("MemoryPoolOutOfMemoryError") || code.contains("OutOfMemory")) {
            return ApiException.unprocessable("query", "the query needs more memory than the console gives it; narrow it");
        }
        if (code.startsWith("Neo.ClientError.Statement.AccessMode") || code.startsWith("Neo.ClientError.Security")) {
            return StatementCheck.forbidden("The console only reads; Neo4j refused this statement in a read transaction.");
        }
        if (code.equals("Neo.ClientError.Statement.ParameterMissing")) {
            return ApiException.invalid("parameters", shortMessage(e, "a parameter the query uses is missing"));
        }
        if (code.startsWith("Neo.ClientError.")) {
            return ApiException.invalid("query", shortMessage(e, "Neo4j cannot run this statement (" + code + ")"));
        }
        return e;
    }

    /** The first line of the server's message, shortened, unless it shows internals; then {@code fallback}. */
    static String shortMessage(Neo4jException e, String fallback) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return fallback;
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty() || INTERNAL.matcher(line).find()) {
            return fallback;
        }
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
    }
}
