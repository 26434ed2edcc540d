package dev.tsunagari.auth;

import dev.tsunagari.http.ApiException;
import io.javalin.http.Context;
import java.security.MessageDigest;

/**
 * Guards {@code /api/**}: a request needs {@code Authorization: Bearer TOKEN}; missing or unknown is a 401. The
 * token is hashed and looked up once (the bootstrap admin token first, then the accounts), and the {@link Caller}
 * is kept on the request for {@link Access} and the privacy rules.
 */
public final class BearerAuth {
    private final byte[] bootstrapDigest;
    private final AccountsRepository accounts;

    public BearerAuth(String adminToken, AccountsRepository accounts) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new IllegalArgumentException("the admin token must not be blank");
        }
        this.bootstrapDigest = Tokens.digest(adminToken);
        this.accounts = accounts;
    }

    public void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("Send Authorization: Bearer TOKEN.");
        }
        String token = header.substring(7).strip();
        byte[] digest = Tokens.digest(token);
        // Comparing digests in constant time says nothing about how much of a guess was right.
        Caller caller = MessageDigest.isEqual(bootstrapDigest, digest) ? Caller.BOOTSTRAP_ADMIN
                : accounts.callerFor(java.util.HexFormat.of().formatHex(digest))
                        .orElseThrow(() -> ApiException.unauthorized("The bearer token is not valid."));
        ctx.attribute(Caller.ATTRIBUTE, caller);
        Access.refuseActingAsUnlessAdmin(ctx, caller);
    }
}
