package dev.tsunagari.introductions;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Owns the Cypher and the mapping of introductions. Its methods take the transaction, so that the services can
 * check and write in one transaction (a create reads the ties and the intermediary's load under a lock).
 */
final class IntroductionsRepository {
    private final Map<String, Cypher> files = new HashMap<>();

    IntroductionsRepository(CypherFiles cypher) {
        for (String name : List.of("sides", "lock_via", "open_between", "by_key", "exists", "create", "get", "lock",
                "transition", "connect_tie", "list_for", "list")) {
            files.put(name, cypher.get("introductions/" + name));
        }
        files.put("existing_people", cypher.get("people/existing"));
    }

    /** How via knows one side: any tie at all, the strongest usable strength (null: none), a usable TRUSTS. */
    record Side(String side, boolean anyTie, Double strength, boolean trusts) {}

    List<String> existingPeople(TransactionContext tx, List<String> ids) {
        return run(tx, "existing_people", Map.of("ids", ids)).stream().map(r -> r.get("id").asString()).toList();
    }

    boolean lockVia(TransactionContext tx, String via) {
        return !run(tx, "lock_via", Map.of("via", via)).isEmpty();
    }

    List<Side> sides(TransactionContext tx, String via, String requester, String target) {
        return run(tx, "sides", Map.of("via", via, "requester", requester, "target", target)).stream()
                .map(r -> new Side(r.get("side").asString(), r.get("anyTie").asBoolean(),
                        r.get("strength").isNull() ? null : r.get("strength").asDouble(), r.get("trusts").asBoolean()))
                .toList();
    }

    Optional<String> openBetween(TransactionContext tx, String requester, String target, String now) {
        return firstId(run(tx, "open_between", Map.of("requester", requester, "target", target, "now", now)));
    }

    Optional<String> byKey(TransactionContext tx, String key) {
        return firstId(run(tx, "by_key", Map.of("key", key)));
    }

    boolean exists(TransactionContext tx, String id) {
        return !run(tx, "exists", Map.of("id", id)).isEmpty();
    }

    void create(TransactionContext tx, IntroductionRules.Checked in, String key, String by, String now, String expiresAt) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", in.id());
        params.put("requester", in.requester());
        params.put("target", in.target());
        params.put("via", in.via());
        params.put("mode", in.mode());
        params.put("message", in.message());
        params.put("key", key);
        params.put("by", by);
        params.put("now", now);
        params.put("expiresAt", expiresAt);
        run(tx, "create", params);
    }

    /** The introductions with these ids, in this order, as stored (see {@link IntroductionMapper}). */
    List<Record> get(TransactionContext tx, List<String> ids) {
        return run(tx, "get", Map.of("ids", ids));
    }

    boolean lock(TransactionContext tx, String id) {
        return !run(tx, "lock", Map.of("id", id)).isEmpty();
    }

    /** One move: the new status, the fields it sets ({@code changes}; null values remove) and its event. */
    record Move(String id, String status, String action, String from, Map<String, Object> changes, String by,
            String note, String now) {}

    void transition(TransactionContext tx, Move move) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", move.id());
        params.put("status", move.status());
        params.put("action", move.action());
        params.put("from", move.from());
        params.put("changes", move.changes());
        params.put("by", move.by());
        params.put("note", move.note());
        params.put("now", move.now());
        run(tx, "transition", params);
    }

    void connectTie(TransactionContext tx, String id, double strength, String now, java.time.LocalDate today) {
        run(tx, "connect_tie", Map.of("id", id, "strength", strength, "now", now, "today", today));
    }

    /** Ids of one page of introductions; {@code person} empty lists everyone's (the admin's view). */
    List<String> list(TransactionContext tx, Optional<String> person, Viewer viewer, List<String> statuses,
            Optional<String> after, int limit, String now) {
        Map<String, Object> params = new HashMap<>();
        params.put("person", person.orElse(null));
        params.put("viewer", viewer.personId().orElse(null));
        params.put("statuses", statuses.isEmpty() ? null : statuses);
        params.put("after", after.orElse(null));
        params.put("limit", limit);
        params.put("now", now);
        return run(tx, person.isPresent() ? "list_for" : "list", params).stream()
                .map(r -> r.get("id").asString()).toList();
    }

    private List<Record> run(TransactionContext tx, String name, Map<String, Object> params) {
        return new ArrayList<>(Graph.run(tx, files.get(name), params).list());
    }

    private static Optional<String> firstId(List<Record> rows) {
        return rows.stream().findFirst().map(r -> r.get("id")).filter(v -> !v.isNull()).map(Value::asString);
    }
}
