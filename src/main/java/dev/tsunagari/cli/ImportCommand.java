package dev.tsunagari.cli;

import dev.tsunagari.config.Config;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Neo4jConnection;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Json;
import dev.tsunagari.formats.BrokenFile;
import dev.tsunagari.bulkload.BulkLoad;
import dev.tsunagari.bulkload.BulkPhases;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.imports.Importer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE --format linkedin|vcard|csv|json [--kind people|ties] [--owner ID]}: the same import as
 * {@code POST /api/import}, straight from a file, with a progress bar. Exit 0 when imported (rejected records are
 * listed), 2 when the file cannot be imported and nothing was changed, 3 when a running serve holds the data.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a LinkedIn Connections.csv, a vCard file, or our CSV or JSON.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", required = true, description = "linkedin, vcard, csv or json.")
    String format;

    @Option(names = "--kind", description = "For csv: people or ties.")
    String kind;

    @Option(names = "--owner", description = "linkedin and vcard: the id of the person whose contacts these are.")
    String owner;

    @Option(names = "--data", description = "Data directory (TSUNAGARI_DATA, default ./data).")
    Path data;

    @Option(names = "--json", description = "Print the whole report as JSON instead of a summary.")
    boolean json;

    @Option(names = "--bulk", description = "json, or csv with --ties, into an embedded data directory without a "
            + "database yet: load with Neo4j's offline importer, many times faster. Every person needs an id.")
    boolean bulk;

    @Option(names = "--ties", paramLabel = "TIES_FILE", description = "csv with --bulk: the ties file loaded with "
            + "FILE as the people file.")
    Path ties;

    @Override
    public Integer call() throws Exception {
        if (ties != null && !bulk) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ties goes with --bulk; without it import "
                    + "the people file and then the ties file, each with --kind");
        }
        Importer.Options options = bulk && ties != null ? null : options();
        if (!Files.isRegularFile(file) || (ties != null && !Files.isRegularFile(ties))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such file: "
                    + (Files.isRegularFile(file) ? ties : file));
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        if (bulk) {
            return bulk(options, out);
        }
        return CliDatabase.run(data, System.err::println, neo4j -> {
            try {
                ProgressBar bar = new ProgressBar(System.err, System.console() != null);
                ImportReport report = new Importer(neo4j.graph(), new CypherFiles()).run(file, options, bar);
                bar.finish();
                if (json) {
                    out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
                } else {
                    ReportPrinter.print(report, out);
                }
                return 0;
            } catch (BrokenFile e) {
                System.err.println("The file cannot be imported: " + e.describe() + ". Nothing was changed.");
                return 2;
            } catch (ApiException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        });
    }

    private int bulk(Importer.Options options, PrintStream out) throws Exception {
        Config config = CliDatabase.config(data);
        boolean csvPair = ties != null && "csv".equalsIgnoreCase(format);
        if (!(csvPair || (ties == null && options.format() == ImportFormat.JSON)) || !config.embedded()
                || !BulkLoad.possible(CliDatabase.neo4jHome(config))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bulk loads a json file, or a people csv "
                    + "with --ties, into a data directory that holds no database yet (and no NEO4J_URI); "
                    + config.dataDir() + " does not qualify");
        }
        try {
            BulkPhases phases = new BulkPhases();
            Path home = CliDatabase.neo4jHome(config);
            ImportReport report = csvPair ? BulkLoad.runCsv(file, ties, home, System.err, phases)
                    : BulkLoad.run(file, home, System.err, phases);
            ImportReport history = phases.time("start, schema, introductions, interactions and accounts", () -> {
                // Opening applies the schema: constraints and the full-text index are built over the loaded data.
                try (Neo4jConnection neo4j = CliDatabase.open(data)) {
                    return csvPair ? null : new Importer(neo4j.graph(), new CypherFiles())
                            .runHistory(file, Importer.Progress.NONE);
                }
            });
            System.err.println("bulk load: " + phases);
            ReportPrinter.print(report, out);
            if (history != null && history.created() + history.updated() + history.skipped() > 0) {
                out.println("introductions, interactions and accounts, applied once the store had started:");
                ReportPrinter.print(history, out);
            }
            return 0;
        } catch (BrokenFile e) {
            System.err.println("The file cannot be imported: " + e.describe() + ". Nothing was changed.");
            return 2;
        }
    }

    private Importer.Options options() {
        try {
            ImportFormat parsed = ImportFormat.parse("--format", format);
            ImportFormat.CsvKind csvKind = null;
            if (parsed == ImportFormat.CSV) {
                csvKind = ImportFormat.CsvKind.parse(kind == null ? "" : kind).orElseThrow(
                        () -> ApiException.invalid("--kind", "must be people or ties for csv"));
            }
            if (owner != null && !parsed.takesOwner()) {
                throw ApiException.invalid("--owner", "applies to linkedin and vcard only");
            }
            return new Importer.Options(parsed, csvKind, owner);
        } catch (ApiException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
