package dev.tsunagari.interactions;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.privacy.Visibility;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.introductions.PersonRef;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

/** Owns the Cypher and the mapping of interactions, and moves the ties they touch. */
public final class InteractionsRepository {
    private final Graph graph;
    private final Cypher create;
    private final Cypher touchTies;
    private final Cypher get;
    private final Cypher list;
    private final Cypher existing;

    public InteractionsRepository(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.create = files.get("interactions/create");
        this.touchTies = files.get("interactions/touch_ties");
        this.get = files.get("interactions/get");
        this.list = files.get("interactions/list");
        this.existing = files.get("people/existing");
    }

    /** What a log call did: the interaction as stored, and whether this call created it. */
    record Logged(Interaction interaction, boolean created) {}

    /** Records the interaction and moves the ties, in one transaction; empty when a person is missing. */
    Optional<Logged> log(InteractionRules.Checked in, String now) {
        try {
            return graph.write(tx -> log(tx, in, now));
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                throw ApiException.conflict("A concurrent request logged an interaction with id " + in.id() + "; retry.");
            }
            throw e;
        }
    }

    private Optional<Logged> log(TransactionContext tx, InteractionRules.Checked in, String now) {
        if (Graph.run(tx, existing, Map.of("ids", List.of(in.by(), in.with()))).list().size() < 2) {
            return Optional.empty();
        }
        Optional<Interaction> earlier = find(tx, in.id());
        if (earlier.isPresent()) {
            return Optional.of(new Logged(earlier.get(), false));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", in.id());
        params.put("by", in.by());
        params.put("with", in.with());
        params.put("at", in.at());
        params.put("kind", in.kind());
        params.put("note", in.note());
        params.put("now", now);
        if (!Graph.run(tx, create, params).hasNext()) {
            // One of the two was deleted since they were found (reads see each commit as it lands): as if the
            // interaction had come just after the delete.
            return Optional.empty();
        }
        Graph.run(tx, touchTies, Map.of("by", in.by(), "with", in.with(), "at", in.at())).consume();
        return Optional.of(new Logged(find(tx, in.id()).orElseThrow(), true));
    }

    /** Up to {@code limit} of the person's interactions {@code caller} may see (with no hidden person). */
    List<Interaction> list(String person, Optional<String> with, Optional<String> after, int limit, Caller caller) {
        Map<String, Object> params = Visibility.parameters(caller);
        params.put("id", person);
        params.put("with", with.orElse(null));
        params.put("after", after.orElse(null));
        params.put("limit", limit);
        return graph.read(tx -> Graph.run(tx, list, params).list(InteractionsRepository::asInteraction));
    }

    static String key(Interaction x) {
        return x.at() + "|" + x.createdAt() + "|" + x.id();
    }

    private Optional<Interaction> find(TransactionContext tx, String id) {
        return Graph.run(tx, get, Map.of("id", id)).list(InteractionsRepository::asInteraction).stream().findFirst();
    }

    private static Interaction asInteraction(Record row) {
        Value x = row.get("x");
        LocalDate at = x.get("at").asLocalDate();
        return new Interaction(x.get("id").asString(), ref(row.get("by")), ref(row.get("with")), at.toString(),
                x.get("kind").asString(), x.get("note").isNull() ? null : x.get("note").asString(),
                x.get("createdAt").asString());
    }

    private static PersonRef ref(Value person) {
        return new PersonRef(person.get("id").asString(), person.get("name").isNull() ? null : person.get("name").asString());
    }
}
