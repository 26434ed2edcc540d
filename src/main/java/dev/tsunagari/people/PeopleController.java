package dev.tsunagari.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Json;
import dev.tsunagari.http.Page;
import dev.tsunagari.http.Params;

import dev.tsunagari.privacy.Visibility;
import io.javalin.http.Context;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** HTTP in and out for {@code /api/people}: checks input at the edge, then hands it to the repository. */
public final class PeopleController {
    static final int MAX_IDS = 200;
    static final int MAX_NAME_FRAGMENT = 200;
    private final PeopleRepository people;

    public PeopleController(PeopleRepository people) {
        this.people = people;
    }

    public void put(Context ctx) {
        Caller caller = Caller.of(ctx);
        Access.requireWriter(caller);
        String id = Ids.require("id", ctx.pathParam("id"));
        PersonInput input = PersonRules.check(id, Json.body(ctx, PersonInput.class));
        PeopleRepository.Saved saved = people.upsert(input, caller.accountId().orElse(null),
                stored -> Access.requireMayChangePerson(caller, id, stored.addedBy()));
        ctx.status(saved.created() ? 201 : 200).json(Shown.person(caller, saved.person()));
    }

    public void post(Context ctx) {
        Caller caller = Caller.of(ctx);
        Access.requireWriter(caller);
        PersonInput body = Json.body(ctx, PersonInput.class);
        String id = body.id() != null ? body.id() : UUID.randomUUID().toString();
        PersonInput input = PersonRules.check(id, body);
        Person created = people.create(input, caller.accountId().orElse(null))
                .orElseThrow(() -> ApiException.conflict("A person with id " + id + " already exists; use PUT to replace it."));
        ctx.status(201).header("Location", "/api/people/" + id).json(Shown.person(caller, created));
    }

    public void get(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        ctx.json(Shown.orNotFound(Caller.of(ctx), people.find(id).orElseThrow(() -> notFound(id))));
    }

    /** JSON merge patch (RFC 7396): fields set to null are removed, objects merge, the rest replaces. */
    public void patch(Context ctx) {
        Caller caller = Caller.of(ctx);
        Access.requireWriter(caller);
        String id = Ids.require("id", ctx.pathParam("id"));
        JsonNode patch = Json.tree(ctx);
        if (!patch.isObject()) {
            throw ApiException.invalid("body", "a merge patch must be a JSON object");
        }
        Person updated = people.update(id, current -> {
            Access.requireMayChangePerson(caller, id, current.addedBy());
            ObjectNode merged = Json.MAPPER.valueToTree(current);
            MergePatch.apply(merged, (ObjectNode) patch);
            return PersonRules.check(id, Json.convert(merged, PersonInput.class));
        }).orElseThrow(() -> notFound(id));
        ctx.json(Shown.person(caller, updated));
    }

    public void delete(Context ctx) {
        String id = Ids.require("id", ctx.pathParam("id"));
        Caller caller = Caller.of(ctx);
        Access.requireWriter(caller);
        if (!people.delete(id, stored -> Access.requireMayChangePerson(caller, id, stored.addedBy()))) {
            throw notFound(id);
        }
        ctx.status(204);
    }

    public void list(Context ctx) {
        int limit = Params.limit(ctx);
        Optional<String> after = Params.cursor(ctx, Ids::valid);
        Optional<String> query = Params.single(ctx, "q").map(q -> {
            if (q.length() > FullTextQuery.MAX_LENGTH) {
                throw ApiException.invalid("q", "must be at most " + FullTextQuery.MAX_LENGTH + " characters");
            }
            return FullTextQuery.of(q).orElseThrow(() -> ApiException.invalid("q", "must contain a word"));
        });
        List<String> tags = tags(ctx);
        List<String> ids = ids(ctx);
        Optional<String> name = name(ctx);
        if (Stream.of(query.isPresent(), name.isPresent(), !ids.isEmpty()).filter(b -> b).count() > 1) {
            throw ApiException.invalid(name.isPresent() ? "name" : "id", "give only one of q, name and id");
        }
        Caller caller = Caller.of(ctx);
        Map<String, Object> viewer = Visibility.parameters(caller);
        List<Person> found = !ids.isEmpty() ? people.listByIds(ids, after, limit + 1, viewer)
                : name.isPresent() ? people.listByName(name.get(), tags, after, limit + 1, viewer)
                : people.list(query, tags, after, limit + 1, viewer);
        List<Person> fetched = found.stream().map(p -> Shown.person(caller, p)).toList();
        ctx.json(Page.of(fetched, limit, Person::id));
    }

    /** The {@code id} filters: the names of many people in one request (at most {@value #MAX_IDS}). */
    private static List<String> ids(Context ctx) {
        List<String> ids = ctx.queryParams("id").stream().filter(id -> !id.isBlank()).distinct().toList();
        if (ids.size() > MAX_IDS) {
            throw ApiException.invalid("id", "at most " + MAX_IDS + " ids in one request");
        }
        ids.forEach(id -> Ids.require("id", id));
        return ids;
    }

    /** The {@code name} filter: part of a name or kana, one kanji enough; compared in NFKC lower case. */
    private static Optional<String> name(Context ctx) {
        return Params.single(ctx, "name").map(raw -> {
            String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (name.codePointCount(0, name.length()) > MAX_NAME_FRAGMENT) {
                throw ApiException.invalid("name", "must be at most " + MAX_NAME_FRAGMENT + " characters");
            }
            return name;
        }).filter(name -> !name.isEmpty());
    }

    /** The {@code tag} filters, normalised like stored tags; blank ones are ignored like any blank parameter. */
    private static List<String> tags(Context ctx) {
        List<String> tags = ctx.queryParams("tag").stream().map(FullTextQuery::normalize).filter(t -> !t.isEmpty())
                .distinct().toList();
        for (String tag : tags) {
            if (tag.codePointCount(0, tag.length()) > PersonRules.MAX_TAG_LENGTH) {
                throw ApiException.invalid("tag", "must be at most " + PersonRules.MAX_TAG_LENGTH + " characters");
            }
        }
        return tags;
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("No person with id " + id);
    }
}
