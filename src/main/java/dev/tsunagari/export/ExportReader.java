package dev.tsunagari.export;

import dev.tsunagari.records.TieRecord;
import dev.tsunagari.records.IntroductionRecord;
import dev.tsunagari.records.InteractionRecord;
import dev.tsunagari.records.HistoryRows;
import dev.tsunagari.records.NetworkReader;
import dev.tsunagari.records.AccountRecord;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.Json;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.ties.Tie;
import dev.tsunagari.ties.TiesRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * Walks the graph for an export in a stable order (people by id; ties by from, type, to; introductions and
 * interactions and accounts by id) one page at a time, so exporting a large network needs neither one huge transaction nor the
 * whole graph in memory.
 */
final class ExportReader implements NetworkReader {
    static final int PAGE = 1000;
    private final Graph graph;
    private final PeopleRepository people;
    private final Cypher tiesOf;
    private final Cypher introductions;
    private final Cypher interactions;
    private final Cypher accounts;

    ExportReader(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.people = new PeopleRepository(graph, files);
        this.tiesOf = files.get("import/export_ties");
        this.introductions = files.get("import/export_introductions");
        this.interactions = files.get("import/export_interactions");
        this.accounts = files.get("import/export_accounts");
    }

    @Override
    public void introductions(Consumer<IntroductionRecord> each) {
        byId(introductions, HistoryRows::introduction, IntroductionRecord::id, each);
    }

    @Override
    public void interactions(Consumer<InteractionRecord> each) {
        byId(interactions, HistoryRows::interaction, InteractionRecord::id, each);
    }

    @Override
    public void accounts(Consumer<AccountRecord> each) {
        byId(accounts, r -> Json.MAPPER.convertValue(r.get("a").asMap(), AccountRecord.class), AccountRecord::id, each);
    }

    /** Pages through the rows of {@code query} in id order, {@link #PAGE} at a time. */
    private <T> void byId(Cypher query, Function<Record, T> map, Function<T, String> id, Consumer<T> each) {
        String after = null;
        while (true) {
            Map<String, Object> params = new HashMap<>();
            params.put("after", after);
            params.put("limit", PAGE);
            List<T> page = graph.read(tx -> Graph.run(tx, query, params).list(map::apply));
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            after = id.apply(page.get(page.size() - 1));
        }
    }

    @Override
    public void people(Consumer<Person> each) {
        pages(page -> page.forEach(each));
    }

    @Override
    public void ties(Consumer<Tie> each) {
        tiesAs(TiesRepository::asTie, each);
    }

    /** Ties with what they store beyond the API's fields, as the JSON export writes them. */
    @Override
    public void tieRecords(Consumer<TieRecord> each) {
        tiesAs(TieRecord::of, each);
    }

    private <T> void tiesAs(Function<Record, T> map, Consumer<T> each) {
        pages(page -> {
            List<String> ids = page.stream().map(Person::id).toList();
            graph.read(tx -> Graph.run(tx, tiesOf, Map.of("ids", ids)).list(map::apply)).forEach(each);
        });
    }

    private void pages(Consumer<List<Person>> each) {
        Optional<String> after = Optional.empty();
        while (true) {
            List<Person> page = people.list(Optional.empty(), List.of(), after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            each.accept(page);
            if (page.size() < PAGE) {
                return;
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
    }
}
