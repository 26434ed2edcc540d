package dev.tsunagari.ops;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.imports.Importer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Loads a backup (our JSON export) into an empty database; a database that holds people is left alone. */
public final class Restore {
    private final Graph graph;
    private final CypherFiles cypher;
    private final Cypher countPeople;

    public Restore(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.cypher = cypher;
        this.countPeople = cypher.get("graph/count_people");
    }

    /** Thrown when the database is not empty: restoring over live data would merge two networks. */
    public static final class NotEmpty extends RuntimeException {
        NotEmpty(long people) {
            super("the database already holds " + people + " people; restore needs an empty one");
        }
    }

    public ImportReport run(Path backup) throws IOException {
        long people = graph.read(tx -> Graph.run(tx, countPeople, Map.of()).single().get("people").asLong());
        if (people > 0) {
            throw new NotEmpty(people);
        }
        return new Importer(graph, cypher)
                .run(backup, new Importer.Options(ImportFormat.JSON, null, null), Importer.Progress.NONE);
    }
}
