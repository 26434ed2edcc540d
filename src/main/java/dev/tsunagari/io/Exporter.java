package dev.tsunagari.io;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the whole network in one of our formats; shared by {@code GET /api/export} and the command line. */
public final class Exporter {
    private final ExportReader reader;

    public Exporter(Graph graph, CypherFiles files) {
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
