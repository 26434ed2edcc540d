package dev.tsunagari.io;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.ties.Tie;
import dev.tsunagari.ties.TiesRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks the graph for an export in a stable order (people by id; ties by from, type, to) one page at a time, so
 * exporting a large network needs neither one huge transaction nor the whole graph in memory.
 */
final class ExportReader {
    static final int PAGE = 1000;
    private final Graph graph;
    private final PeopleRepository people;
    private final Cypher tiesOf;

    ExportReader(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.people = new PeopleRepository(graph, files);
        this.tiesOf = files.get("import/export_ties");
    }

    void people(Consumer<Person> each) {
        pages(page -> page.forEach(each));
    }

    void ties(Consumer<Tie> each) {
        pages(page -> {
            List<String> ids = page.stream().map(Person::id).toList();
            graph.read(tx -> Graph.run(tx, tiesOf, Map.of("ids", ids)).list(TiesRepository::asTie)).forEach(each);
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
