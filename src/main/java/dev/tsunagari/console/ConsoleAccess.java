package dev.tsunagari.console;

import io.javalin.http.Context;

/**
 * Who may use the Cypher console and the Neo4j Browser: admins only, since both see every field of every person.
 * The one place that decision is made. Today the only token is the bootstrap admin token, which the bearer check
 * in front of {@code /api/*} has already verified, so every authenticated caller is an admin; once accounts with
 * roles exist this asks for the admin role and throws a 403 problem for anyone else.
 */
public final class ConsoleAccess {
    private ConsoleAccess() {}

    public static void requireAdmin(Context ctx) {
        // Authentication already happened (BearerAuth); with a single admin token there is no other role to refuse.
    }
}
