package dev.tsunagari.ties;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.http.Ids;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

/** Owns the Cypher and the mapping of ties; one statement file per tie type, since types are not parameters. */
public final class TiesRepository {
    private final Graph graph;
    private final Map<TieType, Cypher> upsert = new EnumMap<>(TieType.class);
    private final Map<TieType, Cypher> delete = new EnumMap<>(TieType.class);
    private final Cypher ofPerson;
    private final Cypher addedBy;
    private final Cypher personExists;

    public TiesRepository(Graph graph, CypherFiles files) {
        this.graph = graph;
        for (TieType type : TieType.values()) {
            upsert.put(type, files.get("ties/upsert_" + type.fileSuffix()));
            delete.put(type, files.get("ties/delete_" + type.fileSuffix()));
        }
        this.ofPerson = files.get("ties/of_person");
        this.addedBy = files.get("ties/added_by");
        this.personExists = files.get("people/get");
    }

    /** The tie as stored and whether this call created it; empty when either person is missing. */
    public record Saved(Tie tie, boolean created) {}

    /** Creates or changes the tie with no account to check (fixtures and tools the command line runs). */
    public Optional<Saved> upsert(TieRules.Checked tie) {
        return graph.write(tx -> upsert(tx, tie, null));
    }

    /**
     * Creates the tie as {@code addedBy}, or changes it once {@code mayChange} (which throws to refuse) has seen
     * who added the stored one, under a write lock in the same transaction.
     */
    public Optional<Saved> upsert(TieRules.Checked tie, String addedBy, Consumer<String> mayChange) {
        return graph.write(tx -> {
            existing(tx, tie.from(), tie.type(), tie.to()).ifPresent(row -> mayChange.accept(text(row.get("addedBy"))));
            return upsert(tx, tie, addedBy);
        });
    }

    /** The same inside the caller's transaction, so a bulk load (the demo) commits once. */
    public Optional<Saved> upsert(TransactionContext tx, TieRules.Checked tie) {
        return upsert(tx, tie, null);
    }

    private Optional<Saved> upsert(TransactionContext tx, TieRules.Checked tie, String addedBy) {
        Map<String, Object> params = new HashMap<>();
        params.put("addedBy", addedBy);
        params.put("from", tie.from());
        params.put("to", tie.to());
        params.put("strength", tie.strength());
        params.put("context", tie.context());
        params.put("since", tie.since());
        params.put("lastContact", tie.lastContact());
        params.put("note", tie.note());
        params.put("now", Timestamps.now());
        Result result = Graph.run(tx, upsert.get(tie.type()), params);
        List<Record> rows = result.list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        boolean created = result.consume().counters().relationshipsCreated() > 0;
        return Optional.of(new Saved(asTie(rows.get(0)), created));
    }

    /** Deletes the tie once {@code mayDelete} (which throws to refuse) has seen who added it; false when none. */
    boolean delete(String from, TieType type, String to, Consumer<String> mayDelete) {
        return graph.write(tx -> {
            Optional<Record> stored = existing(tx, from, type, to);
            if (stored.isEmpty()) {
                return false;
            }
            mayDelete.accept(text(stored.get().get("addedBy")));
            return Graph.run(tx, delete.get(type), Map.of("from", from, "to", to)).hasNext();
        });
    }

    private Optional<Record> existing(TransactionContext tx, String from, TieType type, String to) {
        return Graph.run(tx, addedBy, Map.of("from", from, "type", type.name(), "to", to)).list().stream().findFirst();
    }

    /** Up to {@code limit} ties of a person after the cursor key; empty when there is no such person. */
    Optional<List<Tie>> ofPerson(String id, Optional<String> after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("after", after.orElse(null));
        params.put("limit", limit);
        return graph.read(tx -> {
            if (!Graph.run(tx, personExists, Map.of("id", id)).hasNext()) {
                return Optional.empty();
            }
            return Optional.of(Graph.run(tx, ofPerson, params).list(TiesRepository::asTie));
        });
    }

    static String key(Tie tie) {
        return tie.from() + "|" + tie.type() + "|" + tie.to();
    }

    /** Whether {@code key} has the shape {@link #key} gives, so a page can resume after it. */
    static boolean isKey(String key) {
        String[] parts = key.split("\\|", -1);
        return parts.length == 3 && Ids.valid(parts[0]) && TieType.parse(parts[1]).isPresent() && Ids.valid(parts[2]);
    }

    /** Maps a row with {@code from}, {@code to}, {@code type} and the relationship {@code r}. */
    public static Tie asTie(Record row) {
        Relationship r = row.get("r").asRelationship();
        return new Tie(
                row.get("from").asString(),
                row.get("to").asString(),
                row.get("type").asString(),
                r.get("strength").asDouble(TieRules.DEFAULT_STRENGTH),
                text(r.get("context")),
                date(r.get("since")),
                date(r.get("lastContact")),
                text(r.get("note")),
                text(r.get("createdAt")),
                text(r.get("updatedAt")));
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static String date(Value value) {
        return value.isNull() ? null : value.asLocalDate().toString();
    }
}
