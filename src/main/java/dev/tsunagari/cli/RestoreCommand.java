package dev.tsunagari.cli;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.ops.Restore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: loads a backup into an empty database (the service stopped, or NEO4J_URI set). */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Load a backup into an empty database.")
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "The backup file (JSON, as written by backup or GET /api/export).")
    Path file;

    @Option(names = "--data", description = "Data directory (TSUNAGARI_DATA, default ./data).")
    Path data;

    @Override
    public Integer call() throws Exception {
        return CliDatabase.run(data, System.err::println, neo4j -> {
            try {
                ImportReport report = new Restore(neo4j.graph(), new CypherFiles()).run(file);
                System.err.println("restored: " + report.created() + " people and ties created, "
                        + report.errors().size() + " errors");
                return report.errors().isEmpty() ? 0 : 1;
            } catch (Restore.NotEmpty e) {
                System.err.println(e.getMessage());
                return 3;
            }
        });
    }
}
