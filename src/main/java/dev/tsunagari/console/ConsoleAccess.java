package dev.tsunagari.console;

import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import io.javalin.http.Context;

/**
 * Who may use the Cypher console: admins only, since it sees every field of every person, private or not. The
 * one place that decision is made for the console; a member or viewer gets a 403 problem before anything runs.
 */
public final class ConsoleAccess {
    private ConsoleAccess() {}

    public static void requireAdmin(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
    }
}
