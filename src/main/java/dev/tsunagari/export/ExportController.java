package dev.tsunagari.export;

import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Params;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GET /api/export?format=json|csv|vcard[&kind=people|ties]}: the network at one moment as a file download
 * (what {@code backup} saves).
 */
public final class ExportController {
    private final Exporter exporter;

    public ExportController(Exporter exporter) {
        this.exporter = exporter;
    }

    public void get(Context ctx) throws IOException {
        // The export holds everyone with every private detail: admins only.
        Access.requireAdmin(Caller.of(ctx));
        ImportFormat format = ImportFormat.parse("format", Params.single(ctx, "format").orElse("json"));
        if (!Exporter.exportable(format)) {
            throw ApiException.invalid("format", "must be json, csv or vcard (LinkedIn files are only read)");
        }
        ImportFormat.CsvKind kind = ImportFormat.CsvKind.PEOPLE;
        if (format == ImportFormat.CSV) {
            kind = ImportFormat.CsvKind.parse(Params.single(ctx, "kind").orElse("people"))
                    .orElseThrow(() -> ApiException.invalid("kind", "must be people or ties"));
        } else if (Params.single(ctx, "kind").isPresent()) {
            throw ApiException.invalid("kind", "applies to format=csv only");
        }
        Path spool = Files.createTempFile("tsunagari-export-", ".part");
        try {
            exporter.writeAtOneMoment(format, kind, spool);
            ctx.contentType(Exporter.contentType(format));
            ctx.header("Content-Disposition", "attachment; filename=\"" + Exporter.fileName(format, kind) + "\"");
            Files.copy(spool, ctx.outputStream());
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
