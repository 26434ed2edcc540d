package dev.tsunagari.relationships;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Page;
import dev.tsunagari.http.Params;
import dev.tsunagari.introductions.PersonRef;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.privacy.Visibility;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The views, each built by the composition root ({@link Views#of}). */
    public RelationshipsController(Views views, PeopleRepository people, Visibility visibility, Clock clock) {
        this.people = people;
        this.visibility = visibility;
        this.ledger = views.ledger();
        this.keepInTouch = views.keepInTouch();
        this.fans = views.fans();
        this.reach = views.reach();
        this.connectors = views.connectors();
        this.clock = clock;
    }

    /** The five views this controller serves. */
    public record Views(Ledger ledger, KeepInTouch keepInTouch, Fans fans, Reach reach, Connectors connectors) {
        public static Views of(Graph graph, CypherFiles cypher) {
            return new Views(new Ledger(graph, cypher), new KeepInTouch(graph, cypher), new Fans(graph, cypher),
                    new Reach(graph, cypher), new Connectors(graph, cypher));
        }
    }

    public void ledger(Context ctx) {
        PersonRef person = person(ctx);
        ctx.json(ledger.of(person, Params.limit(ctx), Caller.of(ctx)));
    }

    /** {@code ?quietDays=90&minStrength=0.7}: strong ties with no contact for that long. */
    public void keepInTouch(Context ctx) {
        String id = person(ctx).id();
        int quietDays = Params.integer(ctx, "quietDays", 90, 1, 3650);
        double minStrength = Params.decimal(ctx, "minStrength", KeepInTouch.STRONG, 0.0, 1.0);
        int limit = Params.limit(ctx);
        ctx.json(Offset.page(keepInTouch.of(id, quietDays, minStrength, today(), Caller.of(ctx)), Offset.start(Params.cursor(ctx)), limit));
    }

    public void fans(Context ctx) {
        String id = person(ctx).id();
        int limit = Params.limit(ctx);
        ctx.json(Offset.page(fans.of(id, today(), Caller.of(ctx)), Offset.start(Params.cursor(ctx)), limit));
    }

    /** The procedure leaves out whom the caller may not see, and gives nothing for a person hidden from them. */
    public void reach(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        ctx.json(reach.of(id, usableHop(ctx), Caller.of(ctx))
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
        UsableHop hop = usableHop(ctx);
        int limit = Params.limit(ctx);
        int start = Offset.start(Params.cursor(ctx));
        Caller caller = Caller.of(ctx);
        ctx.json(Offset.fetched(connectors.of(query, tag, hop, start, limit + 1, caller), start, limit));
    }

    /** The person a view is about: a 404 for an unknown id and for a private person the caller may not see. */
    private PersonRef person(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        Caller caller = Caller.of(ctx);
        return people.findSeenBy(id, caller).map(p -> new PersonRef(p.id(), p.name()))
                .orElseThrow(() -> ApiException.notFound("No person with id " + id));
    }

    /** {@code ?minStrength=&includeWeak=}: the usable-hop rule of reach and connectors. */
    private static UsableHop usableHop(Context ctx) {
        return new UsableHop(Params.decimal(ctx, "minStrength", 0.0, 0.0, 1.0), Params.bool(ctx, "includeWeak", false));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
