package dev.tsunagari.introductions;

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
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * HTTP in and out for {@code /api/introductions} and {@code /api/people/{id}/busy}: reads the viewer
 * ({@link Viewer}), the body and the headers at the edge and hands them to {@link Introductions} and
 * {@link Moves}.
 */
public final class IntroductionsController {
    private final Introductions introductions;
    private final Moves moves;
    private final ConnectorLoad load;
    private final PeopleRepository people;
    private final Visibility visibility;

    public IntroductionsController(Introductions introductions, Moves moves, ConnectorLoad load, PeopleRepository people,
            Visibility visibility) {
        this.introductions = introductions;
        this.moves = moves;
        this.load = load;
        this.people = people;
        this.visibility = visibility;
    }

    public void create(Context ctx) {
        Viewer viewer = acting(ctx);
        IntroductionRules.Checked input = IntroductionRules.check(Json.body(ctx, IntroductionInput.class));
        // A person the caller may not see is, to it, no person at all: it cannot name them in an introduction.
        Set<String> hidden = visibility.hidden(Caller.of(ctx), List.of(input.requester(), input.target(), input.via()));
        if (!hidden.isEmpty()) {
            throw IntroductionProblems.unknownPeople(hidden.stream().sorted()
                    .map(id -> new FieldError(id.equals(input.target()) ? "target" : id.equals(input.via()) ? "via"
                            : "requester", "no person with id " + id)).toList());
        }
        String key = IntroductionRules.idempotencyKey(ctx.header("Idempotency-Key"));
        Introductions.Created created;
        try {
            created = introductions.create(input, key, viewer);
        } catch (ConnectorBusy busy) {
            ctx.header("Retry-After", Long.toString(busy.retryAfterSeconds()));
            throw busy;
        }
        if (created.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(201).header("Location", "/api/introductions/" + created.introduction().id()).json(created.introduction());
    }

    public void get(Context ctx) {
        ctx.json(visible(ctx, Ids.require("id", ctx.pathParam("id"))));
    }

    /** The introduction as the viewer sees it; absent (404) when it names a person hidden from the caller. */
    private Introduction visible(Context ctx, String id) {
        Introduction intro = introductions.get(id, viewer(ctx));
        List<String> named = List.of(intro.requester().id(), intro.target().id(), intro.via().id());
        if (!visibility.hidden(Caller.of(ctx), named).isEmpty()) {
            throw IntroductionProblems.notFound(id);
        }
        return intro;
    }

    /** {@code ?person=&status=}: status is one status, {@code open}, or several separated by commas. */
    public void list(Context ctx) {
        Viewer viewer = viewer(ctx);
        Optional<String> person = Params.single(ctx, "person").map(id -> Ids.require("person", id));
        int limit = Params.limit(ctx);
        List<Introduction> fetched = introductions.list(person, statuses(ctx), viewer, Caller.of(ctx), Params.cursor(ctx),
                limit + 1);
        ctx.json(Page.of(fetched, limit, i -> i.createdAt() + "|" + i.id()));
    }

    /** The handler of one move, e.g. {@code POST /api/introductions/{id}/accept}. */
    public Handler move(Action action) {
        return ctx -> {
            String id = Ids.require("id", ctx.pathParam("id"));
            StepInput body = ctx.bodyAsBytes().length == 0 ? StepInput.NONE : Json.body(ctx, StepInput.class);
            Viewer viewer = acting(ctx);
            visible(ctx, id);
            ctx.json(moves.move(id, action, body, viewer));
        };
    }

    /** {@code GET /api/people/{id}/busy}: the person's open asks as an intermediary, and whether they are busy. */
    public void busy(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        Caller caller = Caller.of(ctx);
        if (people.findSeenBy(id, caller).isEmpty()) {
            throw ApiException.notFound("No person with id " + id);
        }
        ctx.json(load.of(List.of(id)).get(id));
    }

    /** Who asks, as a person in introductions (see {@link Viewer}). */
    private static Viewer viewer(Context ctx) {
        return Viewer.of(Caller.of(ctx), ctx.header(Viewer.HEADER));
    }

    /** The viewer of a request that changes something: a viewer account only reads. */
    private static Viewer acting(Context ctx) {
        Access.requireWriter(Caller.of(ctx));
        return viewer(ctx);
    }

    private static List<String> statuses(Context ctx) {
        return Params.single(ctx, "status").map(raw -> Arrays.stream(raw.split(",")).map(String::strip)
                .flatMap(s -> {
                    if (s.equals("open")) {
                        return Status.OPEN.stream().map(Status::wire);
                    }
                    if (Status.parse(s).isEmpty()) {
                        throw ApiException.invalid("status", "must be one or more of " + String.join(", ", Status.filterNames()));
                    }
                    return Stream.of(s);
                }).distinct().toList()).orElse(List.of());
    }
}
