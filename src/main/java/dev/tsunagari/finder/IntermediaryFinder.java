package dev.tsunagari.finder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.Json;
import dev.tsunagari.privacy.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom to ask for an introduction to a kind of person: one call to {@code tsunagari.intermediaries} inside Neo4j,
 * which walks the live tie index and answers ranked, cut and already hidden or masked for the caller; then one small
 * read marks the intermediaries shown who are busy (introductions' load).
 */
public final class IntermediaryFinder {
    private final Graph graph;
    private final Clock clock;
    private final ConnectorStanding standing;
    private final Strategy strategy;
    private final Cypher intermediaries;

    /**
     * Which side to search from: both give the same answer; AUTO (the service) picks the cheaper one by counting
     * ties, the others are forced by tests to prove they agree.
     */
    enum Strategy { AUTO, FROM_TARGETS, FROM_ASKER }

    public IntermediaryFinder(Graph graph, CypherFiles cypher, Clock clock, ConnectorStanding standing) {
        this(graph, cypher, clock, standing, Strategy.AUTO);
    }

    IntermediaryFinder(Graph graph, CypherFiles cypher, Clock clock, ConnectorStanding standing, Strategy strategy) {
        this.graph = graph;
        this.clock = clock;
        this.standing = standing;
        this.strategy = strategy;
        this.intermediaries = cypher.get("finder/intermediaries");
    }

    /** The answer as the API shows it to {@code caller}, or empty when {@code from} names nobody they may see. */
    public Optional<ObjectNode> find(IntermediariesQuery q, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", q.from());
        params.put("options", options(q, caller));
        Optional<Map<String, Object>> answer = graph.read(tx -> Graph.run(tx, intermediaries, params)
                .list(r -> r.get("answer").asMap()).stream().findFirst());
        return answer.map(a -> {
            ObjectNode tree = Json.MAPPER.valueToTree(a);
            markBusy(tree);
            return tree;
        });
    }

    /** The same answer as records, for an admin (nothing masked): the command line's table. */
    public Optional<Answer> answer(IntermediariesQuery q, Caller caller) {
        return find(q, caller).map(tree -> Json.MAPPER.convertValue(tree, Answer.class));
    }

    private Map<String, Object> options(IntermediariesQuery q, Caller caller) {
        Map<String, Object> options = new HashMap<>(q.filter().parameters());
        options.put("tags", q.tags());
        q.kind().ifPresent(kind -> options.put("kind", kind));
        options.put("maxHops", q.maxHops());
        options.put("limit", q.limit());
        options.put("targetsLimit", q.targetsLimit());
        options.put("lang", q.language());
        options.put("today", LocalDate.now(clock).toString());
        options.put("caller", Visibility.parameters(caller));
        options.put("strategy", strategy.name().toLowerCase());
        return options;
    }

    private void markBusy(ObjectNode tree) {
        List<String> shown = new ArrayList<>();
        for (JsonNode i : tree.path("intermediaries")) {
            shown.add(i.path("person").path("id").asText());
        }
        if (shown.isEmpty()) {
            return;
        }
        Set<String> busy = standing.busy(shown);
        for (JsonNode i : tree.path("intermediaries")) {
            if (busy.contains(i.path("person").path("id").asText())) {
                ((ObjectNode) i).put("busy", true);
            }
        }
    }
}
