package dev.tsunagari.relationships;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Params;
import dev.tsunagari.introductions.PersonRef;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.privacy.Visibility;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * HTTP in and out for the views that help keep relationships over months: a person's ledger, keep-in-touch
 * list, fan club and reach, and the network's connectors for a kind.
 */
public final class RelationshipsController {
    private final PeopleRepository people;
    private final Ledger ledger;
    private final KeepInTouch keepInTouch;
    private final Fans fans;
    private final Reach reach;
    private final Connectors connectors;
    private final Clock clock;

    private final Visibility visibility;

    public RelationshipsController(Graph graph, CypherFiles cypher, PeopleRepository people, Visibility visibility,
            Clock clock) {
        this.people = people;
        this.visibility = visibility;
        this.ledger = new Ledger(graph, cypher);
        this.keepInTouch = new KeepInTouch(graph, cypher);
        this.fans = new Fans(graph, cypher);
        this.reach = new Reach(graph, cypher);
        this.connectors = new Connectors(graph, cypher);
        this.clock = clock;
    }

    public void ledger(Context ctx) {
        PersonRef person = person(ctx);
        ctx.json(visibility.pruned(Caller.of(ctx), ledger.of(person, Params.limit(ctx))));
    }

    /** {@code ?quietDays=90&minStrength=0.7}: strong ties with no contact for that long. */
    public void keepInTouch(Context ctx) {
        String id = person(ctx).id();
        int quietDays = Params.integer(ctx, "quietDays", 90, 1, 3650);
        double minStrength = Params.decimal(ctx, "minStrength", KeepInTouch.STRONG, 0.0, 1.0);
        int limit = Params.limit(ctx);
        ctx.json(visibility.pruned(Caller.of(ctx),
                Offset.page(keepInTouch.of(id, quietDays, minStrength, today()), Offset.start(ctx), limit)));
    }

    public void fans(Context ctx) {
        String id = person(ctx).id();
        int limit = Params.limit(ctx);
        ctx.json(visibility.pruned(Caller.of(ctx), Offset.page(fans.of(id, today()), Offset.start(ctx), limit)));
    }

    /** The procedure leaves out whom the caller may not see, and gives nothing for a person hidden from them. */
    public void reach(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        ctx.json(reach.of(id, UsableHop.from(ctx), Caller.of(ctx))
                .orElseThrow(() -> ApiException.notFound("No person with id " + id)));
    }

    /** {@code ?kind=TEXT} (full text, as the finder reads it) or {@code ?tag=TAG} (exact), one of the two. */
    public void connectors(Context ctx) {
        Optional<String> kind = Params.single(ctx, "kind");
        Optional<String> tag = Params.single(ctx, "tag").map(FullTextQuery::normalize);
        if (kind.isPresent() == tag.isPresent()) {
            throw ApiException.invalid(kind.isPresent() ? "tag" : "kind", "give either kind (full text) or tag, one of the two");
        }
        Optional<String> query = kind.map(text -> {
            if (text.length() > FullTextQuery.MAX_LENGTH) {
                throw ApiException.invalid("kind", "must be at most " + FullTextQuery.MAX_LENGTH + " characters");
            }
            return FullTextQuery.of(text).orElseThrow(() -> ApiException.invalid("kind", "must contain a word"));
        });
        UsableHop hop = UsableHop.from(ctx);
        int limit = Params.limit(ctx);
        int start = Offset.start(ctx);
        Caller caller = Caller.of(ctx);
        ctx.json(Offset.fetched(connectors.of(query, tag, hop, start, limit + 1, caller), start, limit));
    }

    /** The person a view is about: a 404 for an unknown id and for a private person the caller may not see. */
    private PersonRef person(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        Caller caller = Caller.of(ctx);
        return people.find(id).filter(p -> Visibility.sees(caller, p)).map(p -> new PersonRef(p.id(), p.name()))
                .orElseThrow(() -> ApiException.notFound("No person with id " + id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
