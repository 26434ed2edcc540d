package dev.tsunagari.export;

import dev.tsunagari.formats.VCardExport;
import dev.tsunagari.formats.JsonExport;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.formats.CsvExport;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the whole network in one of our formats; shared by {@code GET /api/export} and the command line. */
public final class Exporter {
    private final Graph graph;
    private final ExportReader reader;

    public Exporter(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.reader = new ExportReader(graph, files);
    }

    /** The formats that can be exported: LinkedIn files are only ever read. */
    public static boolean exportable(ImportFormat format) {
        return format != ImportFormat.LINKEDIN;
    }

    public static String contentType(ImportFormat format) {
        return switch (format) {
            case JSON -> "application/json";
            case CSV -> "text/csv; charset=utf-8";
            case VCARD -> "text/vcard; charset=utf-8";
            case LINKEDIN -> throw new IllegalArgumentException("LinkedIn files are not exported");
        };
    }

    public static String fileName(ImportFormat format, ImportFormat.CsvKind kind) {
        return switch (format) {
            case JSON -> "tsunagari.json";
            case CSV -> "tsunagari-" + kind.name().toLowerCase() + ".csv";
            case VCARD -> "tsunagari.vcf";
            case LINKEDIN -> throw new IllegalArgumentException("LinkedIn files are not exported");
        };
    }

    /**
     * The export as the graph was at one moment, in {@code file}: written while this process's writes are held
     * back ({@link Graph#withWritesHeld}), to a local file rather than to a client, so a slow download cannot hold
     * them back for its whole length.
     */
    public void writeAtOneMoment(ImportFormat format, ImportFormat.CsvKind kind, Path file) throws IOException {
        graph.withWritesHeld(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                write(format, kind, out);
            }
            return null;
        });
    }

    public void write(ImportFormat format, ImportFormat.CsvKind kind, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> JsonExport.write(reader, out);
            case CSV -> CsvExport.write(reader, kind, out);
            case VCARD -> VCardExport.write(reader, out);
            case LINKEDIN -> throw new IllegalArgumentException("LinkedIn files are not exported");
        }
        out.flush();
    }
}
