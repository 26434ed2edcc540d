package dev.tsunagari.imports;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.ties.TieType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/** Owns the Cypher of imports: batched reads that decide what to write, and batched writes. */
final class ImportStore {
    private final Graph graph;
    private final Cypher peopleKeys;
    private final Cypher peopleByIds;
    private final Cypher existingIds;
    private final Cypher peopleWrite;
    private final Cypher peopleCreate;
    private final Cypher ownerTies;
    private final Cypher tiesExisting;
    private final Map<TieType, Cypher> tiesMerge = new EnumMap<>(TieType.class);
    private final Map<TieType, Cypher> tiesCreate = new EnumMap<>(TieType.class);
    private final HistoryStore history;
    private final Cypher accountsStored;
    private final Cypher accountsWrite;

    ImportStore(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.peopleKeys = files.get("import/people_keys");
        this.peopleByIds = files.get("people/by_ids");
        this.existingIds = files.get("people/existing");
        this.peopleWrite = files.get("import/people_write");
        this.peopleCreate = files.get("import/people_create");
        this.ownerTies = files.get("import/owner_ties");
        this.tiesExisting = files.get("import/ties_existing");
        this.history = new HistoryStore(files);
        this.accountsStored = files.get("import/accounts_stored");
        this.accountsWrite = files.get("import/accounts_write");
        for (TieType type : TieType.values()) {
            String suffix = type.name().toLowerCase();
            tiesMerge.put(type, files.get("import/ties_merge_" + suffix));
            tiesCreate.put(type, files.get("import/ties_create_" + suffix));
        }
    }

    Graph graph() {
        return graph;
    }

    /** The Cypher of introductions and interactions. */
    HistoryStore history() {
        return history;
    }

    /** The stored accounts named by {@code ids} or holding one of {@code hashes}, every property of each. */
    List<Map<String, Object>> accounts(List<String> ids, List<String> hashes) {
        return graph.read(tx -> Graph.run(tx, accountsStored, Map.of("ids", ids, "hashes", hashes))
                .list(r -> r.get("a").asMap()));
    }

    /** Rows {id, props}. */
    void writeAccounts(List<Map<String, Object>> rows) {
        graph.write(tx -> Graph.run(tx, accountsWrite, Map.of("rows", rows)).consume());
    }

    PersonKeys keys() {
        PersonKeys keys = new PersonKeys();
        graph.read(tx -> {
            Graph.run(tx, peopleKeys, Map.of()).forEachRemaining(r -> keys.add(r.get("id").asString(),
                    r.get("email").isNull() ? null : r.get("email").asString(),
                    r.get("links").isNull() ? null : r.get("links").asList(v -> v.asString()),
                    r.get("name").isNull() ? null : r.get("name").asString(),
                    r.get("organization").isNull() ? null : r.get("organization").asString()));
            return null;
        });
        return keys;
    }

    Map<String, Person> people(List<String> ids) {
        Map<String, Person> found = new HashMap<>();
        graph.read(tx -> {
            Graph.run(tx, peopleByIds, Map.of("ids", ids))
                    .forEachRemaining(r -> found.put(r.get("p").get("id").asString(), PeopleRepository.asPerson(r.get("p").asNode())));
            return null;
        });
        return found;
    }

    Set<String> existing(List<String> ids) {
        return new HashSet<>(graph.read(tx -> Graph.run(tx, existingIds, Map.of("ids", ids)).list(r -> r.get("id").asString())));
    }

    /** Rows {i, from, to, type}; the stored properties of those ties that exist, by row index. */
    Map<Integer, Map<String, Object>> ties(List<Map<String, Object>> rows) {
        Map<Integer, Map<String, Object>> found = new HashMap<>();
        graph.read(tx -> {
            Graph.run(tx, tiesExisting, Map.of("rows", rows))
                    .forEachRemaining(r -> found.put(r.get("i").asInt(), r.get("props").asMap()));
            return null;
        });
        return found;
    }

    /** Rows {id, props, tags} of people known to be absent. */
    void createPeople(TransactionContext tx, List<Map<String, Object>> rows) {
        Graph.run(tx, peopleCreate, Map.of("rows", rows)).consume();
    }

    void writePeople(TransactionContext tx, List<Map<String, Object>> rows) {
        Graph.run(tx, peopleWrite, Map.of("rows", rows)).consume();
    }

    /** Returns how many owner ties were created (the others existed). */
    int writeOwnerTies(TransactionContext tx, String owner, String context, List<Map<String, Object>> rows, String now) {
        Map<String, Object> params = new HashMap<>();
        params.put("owner", owner);
        params.put("context", context);
        params.put("strength", 0.5);
        params.put("rows", rows);
        params.put("now", now);
        return Graph.run(tx, ownerTies, params).consume().counters().relationshipsCreated();
    }

    /** Writes ties of one type, rows {from, to, props}; {@code knownNew} ties are created without a look-up. */
    void writeTies(TransactionContext tx, TieType type, List<Map<String, Object>> rows, boolean knownNew) {
        Graph.run(tx, (knownNew ? tiesCreate : tiesMerge).get(type), Map.of("rows", rows)).consume();
    }
}
