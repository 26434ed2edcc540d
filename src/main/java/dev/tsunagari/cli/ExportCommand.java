package dev.tsunagari.cli;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.export.Exporter;
import dev.tsunagari.formats.ImportFormat;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export --format json|csv|vcard [--kind people|ties] [--out FILE]}: the same files as {@code GET /api/export}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the network as JSON, CSV or vCard.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json (default), csv or vcard.")
    String format;

    @Option(names = "--kind", defaultValue = "people", description = "For csv: people (default) or ties.")
    String kind;

    @Option(names = "--out", description = "The file to write (default: standard output).")
    Path out;

    @Option(names = "--data", description = "Data directory (TSUNAGARI_DATA, default ./data).")
    Path data;

    @Override
    public Integer call() throws Exception {
        ImportFormat parsed = ImportFormat.parseOrNull(format);
        if (parsed == null || !Exporter.exportable(parsed)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be json, csv or vcard");
        }
        ImportFormat.CsvKind csvKind = ImportFormat.CsvKind.parse(kind).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "--kind must be people or ties"));
        return CliDatabase.run(data, System.err::println, neo4j -> {
            try (OutputStream target = new BufferedOutputStream(out == null ? System.out : Files.newOutputStream(out),
                    1 << 16)) {
                new Exporter(neo4j.graph(), new CypherFiles()).write(parsed, csvKind, target);
            }
            return 0;
        });
    }
}
