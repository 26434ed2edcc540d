package dev.tsunagari.bulkload;

import dev.tsunagari.imports.ReportBuilder;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.formats.JsonSource;
import dev.tsunagari.formats.CsvTiesSource;
import dev.tsunagari.formats.CsvPeopleSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The offline fast path: our JSON file, or our people and ties CSV files, loaded into an embedded store that does
 * not exist yet by Neo4j's own batch importer (what {@code neo4j-admin database import full} runs), many times
 * faster than transactions can write. The file is read once, checked and turned into the importer's CSV as it is
 * read. The caller starts the database afterwards, which applies the schema (constraints, full-text index).
 * People and ties arrive with what they store beyond the API's fields (who added them, visibility,
 * {@link TieState}). Introductions, interactions and accounts are not loaded here (the importer would need events
 * as nodes of their own, for a part of a file that is small beside its ties): the caller applies them once the
 * store has started, with {@link Importer#runHistory}, which restores them as the transactional import does.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** Whether the embedded Neo4j in {@code neo4jHome} has no database yet. */
    public static boolean possible(Path neo4jHome) {
        return !Files.exists(neo4jHome.resolve("data").resolve("databases").resolve("neo4j"));
    }

    public static ImportReport run(Path json, Path neo4jHome, PrintStream log) throws IOException {
        return run(json, neo4jHome, log, new BulkPhases());
    }

    /** The same load, with the time of each step added to {@code phases}. */
    public static ImportReport run(Path json, Path neo4jHome, PrintStream log, BulkPhases phases) throws IOException {
        return load(neo4jHome, log, phases, files -> new JsonSource(Set.of("people", "ties")).read(json, files));
    }

    /** Our people CSV and ties CSV; records are numbered people first, then ties, as in the JSON file. */
    public static ImportReport runCsv(Path people, Path ties, Path neo4jHome, PrintStream log, BulkPhases phases)
            throws IOException {
        return load(neo4jHome, log, phases, files -> {
            new CsvPeopleSource().read(people, files);
            files.continueNumbering();
            new CsvTiesSource().read(ties, files);
        });
    }

    /** Reads the input into the importer's files. */
    private interface Reading {
        void into(BulkFiles files) throws IOException;
    }

    private static ImportReport load(Path neo4jHome, PrintStream log, BulkPhases phases, Reading reading)
            throws IOException {
        ReportBuilder report = new ReportBuilder();
        Path dir = Files.createTempDirectory("tsunagari-bulk-");
        try {
            BulkFiles files = phases.time("read, check and write CSV", () -> {
                try (BulkFiles written = new BulkFiles(dir, report)) {
                    reading.into(written);
                    return written;
                }
            });
            report.records(files.records());
            phases.time("importer", () -> {
                importer(dir, neo4jHome, log, files.multiline());
                return null;
            });
            return report.build();
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void importer(Path dir, Path neo4jHome, PrintStream log, boolean multiline) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        ImportCommand.Full command = new ImportCommand.Full(new ExecutionContext(neo4jHome, neo4jHome.resolve("conf"),
                log, err, new DefaultFileSystemAbstraction()));
        int exit = new CommandLine(command).execute(importerArguments(dir, multiline).toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("Neo4j's importer failed (exit " + exit + "): "
                    + errors.toString(StandardCharsets.UTF_8).strip());
        }
    }

    /**
     * What {@code neo4j-admin database import full} is given for the files {@link BulkFiles} wrote into {@code dir};
     * the benchmark hands the same to Neo4j's own command to measure the importer alone.
     */
    static List<String> importerArguments(Path dir, boolean multiline) {
        return List.of(
                "--nodes=Person=" + dir.resolve("people.csv"),
                "--nodes=Tag=" + dir.resolve("tags.csv"),
                "--relationships=HAS_TAG=" + dir.resolve("has_tag.csv"),
                "--relationships=" + dir.resolve("ties.csv"),
                "--id-type=integer",
                "--array-delimiter=" + BulkFiles.ARRAY_DELIMITER,
                // Without line breaks in values the importer splits the files and parses them in parallel.
                "--multiline-fields=" + multiline,
                "--report-file=" + dir.resolve("import.report"),
                "neo4j");
    }
}
