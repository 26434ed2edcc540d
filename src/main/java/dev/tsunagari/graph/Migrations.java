package dev.tsunagari.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code cypher/schema/V*.cypher} in order, each once, and records each in the graph as a
 * {@code :__Migration} node; a second run is a no-op. Statements inside a file are separated by {@code ;}.
 */
public final class Migrations {
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    /** As long as {@code graph/await_indexes} waits, and a little more. */
    private static final java.time.Duration AWAIT_INDEXES = java.time.Duration.ofSeconds(310);
    private final Graph graph;
    private final CypherFiles files;

    public Migrations(Graph graph, CypherFiles files) {
        // A migration builds and awaits indexes over the whole store: it may take minutes, not a request's bound.
        this.graph = graph.withTimeout(AWAIT_INDEXES);
        this.files = files;
    }

    /** Returns the versions applied by this call (empty when the schema was already current). */
    public List<String> apply() {
        Cypher applied = files.get("graph/migrations_applied");
        Cypher record = files.get("graph/migration_record");
        List<String> done = graph.read(tx -> Graph.run(tx, applied, Map.of()).list(r -> r.get("version").asString()));
        List<String> pending = files.list("schema").stream()
                .filter(name -> !done.contains(version(name)))
                .toList();
        for (String name : pending) {
            Cypher file = files.get(name);
            for (String statement : statements(file.text())) {
                graph.write(tx -> tx.run(statement).consume());
            }
            graph.write(tx -> Graph.run(tx, record, Map.of("version", version(name), "name", name)).consume());
            log.info("applied schema migration {}", name);
        }
        Cypher awaitIndexes = files.get("graph/await_indexes");
        graph.read(tx -> Graph.run(tx, awaitIndexes, Map.of()).consume());
        return pending.stream().map(Migrations::version).toList();
    }

    static String version(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int separator = file.indexOf("__");
        return separator > 0 ? file.substring(0, separator) : file;
    }

    static List<String> statements(String text) {
        String withoutComments = text.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
