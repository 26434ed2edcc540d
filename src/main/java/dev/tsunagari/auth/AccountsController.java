package dev.tsunagari.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Json;
import dev.tsunagari.http.Page;
import dev.tsunagari.http.Params;
import dev.tsunagari.http.Validation;
import io.javalin.http.Context;
import java.util.function.Predicate;
import java.util.List;
import java.util.UUID;

/**
 * HTTP in and out for {@code /api/accounts} (admin only) and {@code /api/me} (anyone signed in). Tokens appear in
 * exactly two answers, create and rotate; revoking is {@code DELETE}, which kills the token at once.
 */
public final class AccountsController {
    private final AccountsRepository accounts;
    /** Whether a person with this id is stored (people depend on auth, not the other way round). */
    private final Predicate<String> personExists;

    public AccountsController(AccountsRepository accounts, Predicate<String> personExists) {
        this.accounts = accounts;
        this.personExists = personExists;
    }

    public void me(Context ctx) {
        ctx.json(Me.of(Caller.of(ctx)));
    }

    public void post(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        AccountInput input = check(Json.body(ctx, AccountInput.class));
        Account created = accounts.create(UUID.randomUUID().toString(), input);
        ctx.status(201).header("Location", "/api/accounts/" + created.id()).header("Cache-Control", "no-store")
                .json(created);
    }

    public void list(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        int limit = Params.limit(ctx);
        ctx.json(Page.of(accounts.list(Params.cursor(ctx, Ids::valid), limit + 1), limit, Account::id));
    }

    public void get(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        String id = Ids.require("id", ctx.pathParam("id"));
        ctx.json(accounts.find(id).orElseThrow(() -> notFound(id)));
    }

    /** JSON merge patch over {@code {name, role, person}}; {@code "person": null} unlinks the person. */
    public void patch(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        String id = Ids.require("id", ctx.pathParam("id"));
        JsonNode patch = Json.tree(ctx);
        if (!patch.isObject()) {
            throw ApiException.invalid("body", "a merge patch must be a JSON object");
        }
        Account current = accounts.find(id).orElseThrow(() -> notFound(id));
        com.fasterxml.jackson.databind.node.ObjectNode merged = Json.MAPPER.valueToTree(
                new AccountInput(current.name(), current.role(), current.person()));
        patch.fields().forEachRemaining(f -> merged.set(f.getKey(), f.getValue()));
        AccountInput input = check(Json.convert(merged, AccountInput.class));
        ctx.json(accounts.update(id, input).orElseThrow(() -> notFound(id)));
    }

    public void rotate(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        String id = Ids.require("id", ctx.pathParam("id"));
        ctx.header("Cache-Control", "no-store").json(accounts.rotate(id).orElseThrow(() -> notFound(id)));
    }

    public void delete(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        String id = Ids.require("id", ctx.pathParam("id"));
        if (!accounts.delete(id)) {
            throw notFound(id);
        }
        ctx.status(204);
    }

    private AccountInput check(AccountInput in) {
        Validation v = new Validation();
        String name = v.line("name", in.name(), true, 200);
        if (in.role() == null || AccountRole.parse(in.role()).isEmpty()) {
            v.add("role", "must be admin, member or viewer");
        }
        if (in.person() != null && !Ids.valid(in.person())) {
            v.add("person", Ids.MESSAGE);
        }
        v.throwIfInvalid();
        if (in.person() != null && !personExists.test(in.person())) {
            throw new ApiException(422, "/problems/unknown-person", "Unknown person",
                    "person: no person with id " + in.person(),
                    List.of(new FieldError("person", "no person with id " + in.person())));
        }
        return new AccountInput(name, in.role(), in.person());
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("No account with id " + id);
    }
}
