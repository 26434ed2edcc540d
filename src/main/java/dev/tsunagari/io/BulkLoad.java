package dev.tsunagari.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The offline fast path: our JSON file loaded into an embedded store that does not exist yet by Neo4j's own batch
 * importer (what {@code neo4j-admin database import full} runs), many times faster than transactions can write.
 * The caller starts the database afterwards, which applies the schema (constraints, full-text index) to the data.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** Whether the embedded Neo4j in {@code neo4jHome} has no database yet. */
    public static boolean possible(Path neo4jHome) {
        return !Files.exists(neo4jHome.resolve("data").resolve("databases").resolve("neo4j"));
    }

    public static ImportReport run(Path json, Path neo4jHome, PrintStream log) throws IOException {
        RecordCounter counter = new RecordCounter();
        new JsonSource(Set.of()).read(json, counter);
        ReportBuilder report = new ReportBuilder();
        report.records(counter.records());
        Path dir = Files.createTempDirectory("tsunagari-bulk-");
        try {
            try (BulkFiles files = new BulkFiles(dir, report)) {
                new JsonSource(Set.of("people")).read(json, files);
                new JsonSource(Set.of("ties", "introductions", "interactions")).read(json, files);
            }
            load(dir, neo4jHome, log);
            return report.build();
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void load(Path dir, Path neo4jHome, PrintStream log) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        ImportCommand.Full command = new ImportCommand.Full(new ExecutionContext(neo4jHome, neo4jHome.resolve("conf"),
                log, err, new DefaultFileSystemAbstraction()));
        int exit = new CommandLine(command).execute(
                "--nodes=Person=" + dir.resolve("people.csv"),
                "--nodes=Tag=" + dir.resolve("tags.csv"),
                "--relationships=HAS_TAG=" + dir.resolve("has_tag.csv"),
                "--relationships=" + dir.resolve("ties.csv"),
                "--array-delimiter=" + BulkFiles.ARRAY_DELIMITER,
                "--multiline-fields=true",
                "--report-file=" + dir.resolve("import.report"),
                "neo4j");
        if (exit != 0) {
            throw new IllegalStateException("Neo4j's importer failed (exit " + exit + "): "
                    + errors.toString(StandardCharsets.UTF_8).strip());
        }
    }
}
