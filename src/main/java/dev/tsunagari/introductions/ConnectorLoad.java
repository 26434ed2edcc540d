package dev.tsunagari.introductions;

import dev.tsunagari.config.IntroductionSettings;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.tiegraph.IntroducerLoad;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;

/**
 * Protects connectors from being asked too much: each intermediary carries at most
 * {@link IntroductionSettings#maxOpenAsks()} open asks (proposed, asked or accepted, not expired) created
 * within the rolling {@link IntroductionSettings#askWindow()}. Past that they are {@code busy} until the
 * earliest moment enough asks stop counting (expire or leave the window). The finder calls {@link #busy} to
 * mark intermediaries.
 */
public final class ConnectorLoad {
    private final Graph graph;
    private final Cypher openAsks;
    private final IntroductionSettings settings;
    private final Clock clock;

    public ConnectorLoad(Graph graph, CypherFiles cypher, IntroductionSettings settings, Clock clock) {
        this.graph = graph;
        this.openAsks = cypher.get("introductions/open_asks");
        this.settings = settings;
        this.clock = clock;
    }

    /** One intermediary's load: {@code freesAt} (RFC 3339) is set only when busy. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Load(String person, int openAsks, int limit, boolean busy, String freesAt) {}

    /** Which of {@code ids} are busy now. */
    public Set<String> busy(Collection<String> ids) {
        return of(ids).values().stream().filter(Load::busy).map(Load::person).collect(Collectors.toSet());
    }

    /**
     * What {@code tsunagari.intermediaries} needs to mark busy intermediaries inside Neo4j, with the statement this
     * class runs ({@code introductions/open_asks}): {@code now}, {@code windowStart} and {@code maxOpenAsks}.
     */
    public Map<String, Object> busyOptions() {
        Instant now = clock.instant();
        return Map.of("now", Timestamps.format(now), "windowStart", Timestamps.format(now.minus(settings.askWindow())),
                "maxOpenAsks", settings.maxOpenAsks());
    }

    /** The load of each of {@code ids}, in a read transaction. */
    public Map<String, Load> of(Collection<String> ids) {
        return graph.read(tx -> of(tx, ids, clock.instant()));
    }

    Map<String, Load> of(TransactionContext tx, Collection<String> ids, Instant now) {
        Map<String, List<Instant>> releases = new HashMap<>();
        Map<String, Object> params = Map.of("ids", List.copyOf(ids), "now", Timestamps.format(now),
                "windowStart", Timestamps.format(now.minus(settings.askWindow())));
        Graph.run(tx, openAsks, params).list().forEach(row -> {
            Instant created = Instant.parse(row.get("createdAt").asString());
            Instant expires = Instant.parse(row.get("expiresAt").asString());
            Instant leavesWindow = created.plus(settings.askWindow());
            releases.computeIfAbsent(row.get("id").asString(), k -> new ArrayList<>())
                    .add(expires.isBefore(leavesWindow) ? expires : leavesWindow);
        });
        Map<String, Load> loads = new LinkedHashMap<>();
        for (String id : ids) {
            List<Instant> release = releases.getOrDefault(id, List.of()).stream().sorted().toList();
            int limit = settings.maxOpenAsks();
            boolean busy = IntroducerLoad.busy(release.size(), limit);
            // Below the limit again once (open - limit + 1) asks stop counting: the (open - limit)-th release.
            loads.put(id, new Load(id, release.size(), limit, busy, busy ? Timestamps.format(release.get(release.size() - limit)) : null));
        }
        return loads;
    }
}
