package dev.tsunagari.introductions;

import dev.tsunagari.privacy.Visibility;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.time.LocalDate;
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
public final class IntroductionsRepository {
    private final Map<String, Cypher> files = new HashMap<>();

    public IntroductionsRepository(CypherFiles cypher) {
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
        run(tx, "create", params("id", in.id(), "requester", in.requester(), "target", in.target(), "via", in.via(),
                "mode", in.mode(), "message", in.message(), "key", key, "by", by, "now", now, "expiresAt", expiresAt));
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
        run(tx, "transition", params("id", move.id(), "status", move.status(), "action", move.action(), "from", move.from(),
                "changes", move.changes(), "by", move.by(), "note", move.note(), "now", move.now()));
    }

    void connectTie(TransactionContext tx, String id, double strength, String now, LocalDate today) {
        run(tx, "connect_tie", Map.of("id", id, "strength", strength, "now", now, "today", today));
    }

    /**
     * Ids of one page of introductions; {@code person} empty lists everyone's (the admin's view). Those naming a
     * person hidden from {@code caller} are left out by the statement.
     */
    List<String> list(TransactionContext tx, Optional<String> person, Viewer viewer, Caller caller, List<String> statuses,
            Optional<String> after, int limit, String now) {
        Map<String, Object> params = params("named", person.orElse(null), "viewer", viewer.personId().orElse(null),
                "statuses", statuses.isEmpty() ? null : statuses, "after", after.orElse(null), "limit", limit, "now", now);
        params.putAll(Visibility.parameters(caller));
        return run(tx, person.isPresent() ? "list_for" : "list", params).stream()
                .map(r -> r.get("id").asString()).toList();
    }

    private List<Record> run(TransactionContext tx, String name, Map<String, Object> params) {
        return new ArrayList<>(Graph.run(tx, files.get(name), params).list());
    }

    /** Parameters from name, value pairs; unlike {@code Map.of}, values may be null (Cypher reads them as null). */
    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private static Optional<String> firstId(List<Record> rows) {
        return rows.stream().findFirst().map(r -> r.get("id")).filter(v -> !v.isNull()).map(Value::asString);
    }
}
