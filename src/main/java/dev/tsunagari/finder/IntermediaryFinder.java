package dev.tsunagari.finder;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.Json;
import dev.tsunagari.privacy.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whom to ask for an introduction to a kind of person: one call to {@code tsunagari.intermediaries} inside Neo4j,
 * which walks the live tie index and answers ranked, cut, already hidden or masked for the caller, and with the
 * busy intermediaries marked (by the rule and counts of introductions' load, passed in as options).
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

    /**
     * The answer as the API shows it to {@code caller}, as the JSON text the route sends (written inside Neo4j,
     * busy intermediaries marked), or empty when {@code from} names nobody they may see.
     */
    public Optional<String> find(IntermediariesQuery q, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", q.from());
        params.put("options", options(q, caller));
        return graph.read(tx -> Graph.run(tx, intermediaries, params)
                .list(r -> r.get("json").asString()).stream().findFirst());
    }

    /** The same answer as records, for an admin (nothing masked): the command line's table. */
    public Optional<Answer> answer(IntermediariesQuery q, Caller caller) {
        return find(q, caller).map(json -> {
            try {
                return Json.MAPPER.readValue(json, Answer.class);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
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
        Map<String, Object> busy = standing.busyOptions();
        if (!busy.isEmpty()) {
            options.put("busy", busy);
        }
        return options;
    }
}
