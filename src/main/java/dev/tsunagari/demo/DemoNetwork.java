package dev.tsunagari.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.Json;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.people.PersonRules;
import dev.tsunagari.ties.TieInput;
import dev.tsunagari.ties.TieRules;
import dev.tsunagari.ties.TiesRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled demo network ({@code demo/network.json}): fictional people drawn from the product story, loaded
 * through the same rules and repositories as the API, and only into an empty database.
 */
public final class DemoNetwork {
    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
    private final Graph graph;
    private final Cypher countPeople;
    private final PeopleRepository people;
    private final TiesRepository ties;

    public DemoNetwork(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.countPeople = cypher.get("graph/count_people");
        this.people = new PeopleRepository(graph, cypher);
        this.ties = new TiesRepository(graph, cypher);
    }

    /** The file's shape. */
    record Network(List<PersonInput> people, List<TieInput> ties) {}

    /** Loads the demo unless the database already holds people; returns whether it loaded. */
    public boolean loadIfEmpty() {
        long existing = graph.read(tx -> Graph.run(tx, countPeople, Map.of()).single().get("people").asLong());
        if (existing > 0) {
            log.info("demo not loaded: the database already holds {} people", existing);
            return false;
        }
        Network network = read();
        load(network);
        log.info("loaded the demo network: {} people, {} ties", network.people().size(), network.ties().size());
        return true;
    }

    void load(Network network) {
        List<PersonInput> checkedPeople = network.people().stream().map(p -> PersonRules.check(p.id(), p)).toList();
        List<TieRules.Checked> checkedTies = network.ties().stream().map(TieRules::check).toList();
        // One transaction: a failed load leaves the database empty rather than half loaded (which no later
        // start would complete, since only an empty database is loaded), and one commit beats 133.
        graph.write(tx -> {
            checkedPeople.forEach(p -> people.upsert(tx, p));
            checkedTies.forEach(t -> ties.upsert(tx, t)
                    .orElseThrow(() -> new IllegalStateException("demo tie names an unknown person: " + t)));
            return null;
        });
    }

    static Network read() {
        try (InputStream in = DemoNetwork.class.getClassLoader().getResourceAsStream("demo/network.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource: demo/network.json");
            }
            return Json.MAPPER.readValue(in, new TypeReference<Network>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/network.json", e);
        }
    }
}
