package dev.tsunagari.auth;

import dev.tsunagari.http.ApiException;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Every rule of who may change what, in one place, so that no controller decides it alone. A viewer reads; a
 * member adds people and ties, changes and deletes the people it added and the ties it added or that start at
 * its own person, and acts as its own person; an admin changes anything and manages accounts. A refusal is a 403
 * problem thrown before anything is written.
 */
public final class Access {
    /** The header an admin may send to act as someone (a member always acts as its own person). */
    public static final String ACTING_AS = "X-Acting-As";

    private Access() {}

    public static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw ApiException.forbidden("Only an admin account may do this.");
        }
    }

    /** Adding anything (people, ties, imports) needs a member or an admin. */
    public static void requireWriter(Caller caller) {
        if (caller.role() == AccountRole.VIEWER) {
            throw ApiException.forbidden("A viewer account only reads.");
        }
    }

    /** Changing or deleting a stored person: the account that added them, or an admin. */
    public static void requireMayChangePerson(Caller caller, String personId, String addedBy) {
        requireWriter(caller);
        if (!caller.admin() && !caller.is(addedBy)) {
            throw ApiException.forbidden("Person " + personId
                    + " was added by another account; only it or an admin may change them.");
        }
    }

    /** Changing or deleting a stored tie: the account that added it, its own person's tie, or an admin. */
    public static void requireMayChangeTie(Caller caller, String from, String addedBy) {
        requireWriter(caller);
        if (!caller.admin() && !caller.is(addedBy) && !caller.person().filter(from::equals).isPresent()) {
            throw ApiException.forbidden("This tie was added by another account and does not start at your person.");
        }
    }

    /** Recording what a person did (interactions): that person's own account, or an admin. */
    public static void requireActsAs(Caller caller, String personId) {
        requireWriter(caller);
        if (!caller.admin() && !caller.person().filter(personId::equals).isPresent()) {
            throw ApiException.forbidden("A member records interactions only as its own person.");
        }
    }

    /** The person a non-admin acts as; a 403 for an account without one. */
    public static String ownPerson(Caller caller) {
        return caller.person().orElseThrow(() ->
                ApiException.forbidden("This account has no person to act as; an admin can set one."));
    }

    static void refuseActingAsUnlessAdmin(Context ctx, Caller caller) {
        Optional<String> header = Optional.ofNullable(ctx.header(ACTING_AS));
        if (header.isPresent() && !caller.admin()) {
            throw ApiException.forbidden("Only an admin may send " + ACTING_AS + "; a member acts as its own person.");
        }
    }
}
