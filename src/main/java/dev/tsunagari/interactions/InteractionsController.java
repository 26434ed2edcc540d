package dev.tsunagari.interactions;

import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Json;
import dev.tsunagari.http.Page;
import dev.tsunagari.http.Params;
import dev.tsunagari.people.PeopleRepository;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * HTTP in and out for {@code /api/people/{id}/interactions}: keeping up with people is recorded as history,
 * and each interaction moves the tie's {@code lastContact} (what keep-in-touch and the finder read).
 */
public final class InteractionsController {
    private final InteractionsRepository interactions;
    private final PeopleRepository people;
    private final Clock clock;

    public InteractionsController(InteractionsRepository interactions, PeopleRepository people, Clock clock) {
        this.interactions = interactions;
        this.people = people;
        this.clock = clock;
    }

    /** 201 with the interaction; a retry with the same id and body is 200, with another body 409. */
    public void post(Context ctx) {
        String by = Ids.require("id", ctx.pathParam("id"));
        Access.requireActsAs(Caller.of(ctx), by);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        InteractionRules.Checked in = InteractionRules.check(by, Json.body(ctx, InteractionInput.class), today);
        InteractionsRepository.Logged logged = interactions.log(in, Timestamps.format(clock.instant()))
                .orElseThrow(() -> missing(in));
        if (!logged.created() && !in.sameAs(logged.interaction())) {
            throw ApiException.conflict("An interaction with id " + in.id() + " already exists with other content.");
        }
        ctx.status(logged.created() ? 201 : 200).json(logged.interaction());
    }

    public void list(Context ctx) {
        String person = Ids.require("id", ctx.pathParam("id"));
        Optional<String> with = Params.single(ctx, "with").map(id -> Ids.require("with", id));
        int limit = Params.limit(ctx);
        Caller caller = Caller.of(ctx);
        if (people.findSeenBy(person, caller).isEmpty()) {
            throw ApiException.notFound("No person with id " + person);
        }
        List<Interaction> fetched = interactions.list(person, with, Params.cursor(ctx), limit + 1, caller);
        ctx.json(Page.of(fetched, limit, InteractionsRepository::key));
    }

    private ApiException missing(InteractionRules.Checked in) {
        if (people.find(in.by()).isEmpty()) {
            return ApiException.notFound("No person with id " + in.by());
        }
        return new ApiException(422, "/problems/unknown-person", "Unknown person", "with: no person with id " + in.with(),
                List.of(new FieldError("with", "no person with id " + in.with())));
    }
}
