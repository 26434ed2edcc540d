package dev.tsunagari.ties;

import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Json;
import dev.tsunagari.http.Page;
import dev.tsunagari.http.Params;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.privacy.Visibility;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/** HTTP in and out for ties: {@code PUT /api/ties}, {@code DELETE /api/ties/{from}/{type}/{to}}, a person's ties. */
public final class TiesController {
    private final TiesRepository ties;
    private final PeopleRepository people;

    private final Visibility visibility;

    public TiesController(TiesRepository ties, PeopleRepository people, Visibility visibility) {
        this.ties = ties;
        this.people = people;
        this.visibility = visibility;
    }

    public void put(Context ctx) {
        Caller caller = Caller.of(ctx);
        Access.requireWriter(caller);
        TieRules.Checked tie = TieRules.check(Json.body(ctx, TieInput.class));
        TiesRepository.Saved saved = ties.upsert(tie, caller.accountId().orElse(null),
                addedBy -> Access.requireMayChangeTie(caller, tie.from(), addedBy))
                .orElseThrow(() -> unknownPeople(tie));
        ctx.status(saved.created() ? 201 : 200).json(saved.tie());
    }

    public void delete(Context ctx) {
        Caller caller = Caller.of(ctx);
        Access.requireWriter(caller);
        String from = Ids.require("from", ctx.pathParam("from"));
        String to = Ids.require("to", ctx.pathParam("to"));
        TieType type = TieType.parse(ctx.pathParam("type"))
                .orElseThrow(() -> ApiException.invalid("type", "must be KNOWS, TRUSTS or FAN_OF"));
        if (!ties.delete(from, type, to, addedBy -> Access.requireMayChangeTie(caller, from, addedBy))) {
            throw ApiException.notFound("No " + type + " tie from " + from + " to " + to);
        }
        ctx.status(204);
    }

    /** A person's ties, without the person to a caller who may not see them, and without ties to such people. */
    public void ofPerson(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        Caller caller = Caller.of(ctx);
        visibility.requireVisible(caller, id);
        int limit = Params.limit(ctx);
        List<Tie> fetched = ties.ofPerson(id, Params.cursor(ctx, TiesRepository::isKey), limit + 1)
                .orElseThrow(() -> ApiException.notFound("No person with id " + id));
        Page<Tie> page = Page.of(fetched, limit, TiesRepository::key);
        ctx.json(new Page<>(visibility.visibleOnly(caller, page.items(), tie -> List.of(tie.from(), tie.to())), page.next()));
    }

    private ApiException unknownPeople(TieRules.Checked tie) {
        Set<String> missing = people.missing(List.of(tie.from(), tie.to()));
        List<FieldError> errors = missing.stream().sorted()
                .map(id -> new FieldError(id.equals(tie.from()) ? "from" : "to", "no person with id " + id))
                .toList();
        if (errors.isEmpty()) {
            // Both exist now: a concurrent delete and re-create raced this write; the client may retry.
            return ApiException.conflict("The people of this tie changed during the request; retry it.");
        }
        return new ApiException(422, "/problems/unknown-person", "Unknown person",
                "A tie needs both people to exist: " + String.join(", ", errors.stream().map(e -> e.field() + " " + e.message()).toList()),
                errors);
    }
}
