package dev.tsunagari.auth;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who sent a request, resolved once by {@link BearerAuth} and kept on the request. {@code accountId} is empty
 * only for the bootstrap admin token, which is an admin without a person.
 */
public record Caller(Optional<String> accountId, String name, AccountRole role, Optional<String> person) {
    static final String ATTRIBUTE = "tsunagari.caller";
    public static final Caller BOOTSTRAP_ADMIN = new Caller(Optional.empty(), "bootstrap admin", AccountRole.ADMIN,
            Optional.empty());

    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("no caller on a request that passed no authentication");
        }
        return caller;
    }

    static Caller of(Account account) {
        return new Caller(Optional.of(account.id()), account.name(), AccountRole.parse(account.role()).orElseThrow(),
                Optional.ofNullable(account.person()));
    }

    public boolean admin() {
        return role == AccountRole.ADMIN;
    }

    /** Whether this caller's account is {@code accountId} (the bootstrap admin is no stored account). */
    public boolean is(String accountId) {
        return accountId != null && this.accountId.filter(accountId::equals).isPresent();
    }
}
