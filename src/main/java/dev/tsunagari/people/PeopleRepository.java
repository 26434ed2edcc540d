package dev.tsunagari.people;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Owns the Cypher and the mapping of people. Takes only checked input (see {@link PersonRules}). */
public final class PeopleRepository {
    private final Graph graph;
    private final Cypher upsert;
    private final Cypher create;
    private final Cypher setTags;
    private final Cypher get;
    private final Cypher lock;
    private final Cypher delete;
    private final Cypher list;
    private final Cypher listMatching;
    private final Cypher listByIds;
    private final Cypher listByName;
    private final Cypher existing;

    public PeopleRepository(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.upsert = files.get("people/upsert");
        this.create = files.get("people/create");
        this.setTags = files.get("people/set_tags");
        this.get = files.get("people/get");
        this.lock = files.get("people/lock");
        this.delete = files.get("people/delete");
        this.list = files.get("people/list");
        this.listMatching = files.get("people/list_matching");
        this.listByIds = files.get("people/list_by_ids");
        this.listByName = files.get("people/list_by_name");
        this.existing = files.get("people/existing");
    }

    /** The outcome of a write: the person as stored and whether this call created them. */
    public record Saved(Person person, boolean created) {}

    public Saved upsert(PersonInput person) {
        return graph.write(tx -> upsert(tx, person, null));
    }

    /**
     * Creates the person as {@code addedBy}, or replaces them once {@code mayReplace} (which throws to refuse) has
     * seen them as stored, under a write lock in the same transaction.
     */
    public Saved upsert(PersonInput person, String addedBy, Consumer<Person> mayReplace) {
        return graph.write(tx -> {
            Graph.run(tx, lock, Map.of("id", person.id())).list().stream().findFirst()
                    .ifPresent(row -> mayReplace.accept(asPerson(row.get("p").asNode())));
            return upsert(tx, person, addedBy);
        });
    }

    /** The same inside the caller's transaction, so a bulk load (the demo) commits once. */
    public Saved upsert(TransactionContext tx, PersonInput person) {
        return upsert(tx, person, null);
    }

    private Saved upsert(TransactionContext tx, PersonInput person, String addedBy) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", person.id());
        params.put("props", properties(person));
        params.put("now", Timestamps.now());
        params.put("addedBy", addedBy);
        Result result = Graph.run(tx, upsert, params);
        Node node = result.single().get("p").asNode();
        boolean created = result.consume().counters().nodesCreated() > 0;
        Graph.run(tx, setTags, Map.of("id", person.id(), "tags", listOrEmpty(person.tags()))).consume();
        return new Saved(asPerson(node), created);
    }

    /** Creates the person unless the id is taken; empty when it is. */
    public Optional<Person> create(PersonInput person, String addedBy) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", person.id());
        params.put("props", properties(person));
        params.put("now", Timestamps.now());
        params.put("addedBy", addedBy);
        return graph.write(tx -> {
            Result result = Graph.run(tx, create, params);
            Node node = result.single().get("p").asNode();
            if (result.consume().counters().nodesCreated() == 0) {
                return Optional.empty();
            }
            Graph.run(tx, setTags, Map.of("id", person.id(), "tags", listOrEmpty(person.tags()))).consume();
            return Optional.of(asPerson(node));
        });
    }

    public Optional<Person> find(String id) {
        return graph.read(tx -> Graph.run(tx, get, Map.of("id", id)).list(r -> asPerson(r.get("p").asNode())))
                .stream().findFirst();
    }

    /** The person, when there is one and this caller may see them (the same empty answer otherwise). */
    public Optional<Person> findSeenBy(String id, Caller caller) {
        return find(id).filter(p -> Shown.sees(caller, p));
    }

    /**
     * Reads the person under a write lock, lets {@code change} compute the replacement and stores it, all in one
     * transaction; empty when there is no such person.
     */
    public Optional<Person> update(String id, Function<Person, PersonInput> change) {
        return graph.write(tx -> {
            List<Record> rows = Graph.run(tx, lock, Map.of("id", id)).list();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            PersonInput changed = change.apply(asPerson(rows.get(0).get("p").asNode()));
            return Optional.of(upsert(tx, changed).person());
        });
    }

    /** Deletes the person once {@code mayDelete} (which throws to refuse) has seen them; false when there is none. */
    public boolean delete(String id, Consumer<Person> mayDelete) {
        return graph.write(tx -> {
            List<Record> rows = Graph.run(tx, lock, Map.of("id", id)).list();
            if (rows.isEmpty()) {
                return false;
            }
            mayDelete.accept(asPerson(rows.get(0).get("p").asNode()));
            return Graph.run(tx, delete, Map.of("id", id)).hasNext();
        });
    }

    /** Everyone, private people included: the export and the command line. */
    public List<Person> list(Optional<String> luceneQuery, List<String> tags, Optional<String> after, int limit) {
        Map<String, Object> everyone = new HashMap<>();
        everyone.put("seesAll", true);
        everyone.put("account", null);
        everyone.put("person", null);
        return list(luceneQuery, tags, after, limit, everyone);
    }

    /**
     * Up to {@code limit} people after {@code after} in id order, matching the full-text query when given, without
     * the private people {@code viewer} may not see ({@code $seesAll}, {@code $account}, {@code $person}).
     */
    public List<Person> list(Optional<String> luceneQuery, List<String> tags, Optional<String> after, int limit,
            Map<String, Object> viewer) {
        Map<String, Object> params = new HashMap<>(viewer);
        params.put("after", after.orElse(null));
        params.put("tags", tags);
        params.put("limit", limit);
        luceneQuery.ifPresent(q -> params.put("query", q));
        Cypher query = luceneQuery.isPresent() ? listMatching : list;
        return graph.read(tx -> Graph.run(tx, query, params).list(r -> asPerson(r.get("p").asNode())));
    }

    /** The people among {@code ids} that {@code viewer} may see, in id order after {@code after}. */
    public List<Person> listByIds(List<String> ids, Optional<String> after, int limit, Map<String, Object> viewer) {
        Map<String, Object> params = new HashMap<>(viewer);
        params.put("ids", ids);
        params.put("after", after.orElse(null));
        params.put("limit", limit);
        return graph.read(tx -> Graph.run(tx, listByIds, params).list(r -> asPerson(r.get("p").asNode())));
    }

    /** People whose name or kana holds {@code fragment} (lower case), like {@link #list} otherwise. */
    public List<Person> listByName(String fragment, List<String> tags, Optional<String> after, int limit,
            Map<String, Object> viewer) {
        Map<String, Object> params = new HashMap<>(viewer);
        params.put("name", fragment);
        params.put("tags", tags);
        params.put("after", after.orElse(null));
        params.put("limit", limit);
        return graph.read(tx -> Graph.run(tx, listByName, params).list(r -> asPerson(r.get("p").asNode())));
    }

    /** The ids among {@code ids} that name no person. */
    public Set<String> missing(List<String> ids) {
        Set<String> found = new HashSet<>(graph.read(tx ->
                Graph.run(tx, existing, Map.of("ids", ids)).list(r -> r.get("id").asString())));
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(found);
        return missing;
    }

    /** The node properties of a checked person; importers store people exactly as the API does. */
    public static Map<String, Object> properties(PersonInput p) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", p.name());
        putIfPresent(props, "kana", p.kana());
        putIfPresent(props, "headline", p.headline());
        putIfPresent(props, "organization", p.organization());
        putIfPresent(props, "role", p.role());
        putIfPresent(props, "location", p.location());
        putList(props, "tags", p.tags());
        putList(props, "offers", p.offers());
        putList(props, "seeks", p.seeks());
        putIfPresent(props, "notes", p.notes());
        putIfPresent(props, "email", p.email());
        putIfPresent(props, "phone", p.phone());
        putList(props, "links", p.links());
        if (PersonRules.PRIVATE.equals(p.visibility())) {
            props.put("visibility", PersonRules.PRIVATE);
        }
        return props;
    }

    private static void putIfPresent(Map<String, Object> props, String key, String value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    /** Lists are also kept as one text (one item a line) because the full-text index reads plain text. */
    private static void putList(Map<String, Object> props, String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            props.put(key, values);
            if (!key.equals("links")) {
                props.put(key + "Text", String.join("\n", values));
            }
        }
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    public static Person asPerson(Node node) {
        return new Person(
                node.get("id").asString(),
                node.get("name").asString(),
                text(node.get("kana")),
                text(node.get("headline")),
                text(node.get("organization")),
                text(node.get("role")),
                text(node.get("location")),
                strings(node.get("tags")),
                strings(node.get("offers")),
                strings(node.get("seeks")),
                text(node.get("notes")),
                text(node.get("email")),
                text(node.get("phone")),
                strings(node.get("links")),
                text(node.get("createdAt")),
                text(node.get("updatedAt")),
                node.get("visibility").isNull() ? PersonRules.NORMAL : node.get("visibility").asString(),
                text(node.get("addedBy")));
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
