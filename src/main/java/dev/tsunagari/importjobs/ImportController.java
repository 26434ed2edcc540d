package dev.tsunagari.importjobs;

import dev.tsunagari.imports.Importer;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.formats.BrokenFile;
import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Params;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code POST /api/import} and {@code GET /api/imports/{id}}. The body is streamed to a spooled file under its
 * own limit ({@value #MAX_BYTES} bytes; the other routes keep the 1 MB limit): up to {@value #JOB_THRESHOLD}
 * bytes the import runs at once and answers 200 with its report, a larger file becomes a job (202).
 */
public final class ImportController {
    public static final long MAX_BYTES = 1L << 30;
    public static final long JOB_THRESHOLD = 5L << 20;
    private final Importer importer;
    private final ImportJobs jobs;
    private final UploadSpool spool;

    public ImportController(Importer importer, ImportJobs jobs, UploadSpool spool) {
        this.importer = importer;
        this.jobs = jobs;
        this.spool = spool;
    }

    public void post(Context ctx) throws IOException {
        // Imports merge into stored people and ties by key, past the per-object rules: admins only (see README).
        Access.requireAdmin(Caller.of(ctx));
        Importer.Options options = options(ctx);
        importer.checkOwner(options);
        Path file = spool.take(ctx.bodyInputStream(), MAX_BYTES);
        long bytes = Files.size(file);
        if (bytes > JOB_THRESHOLD) {
            ImportJob job;
            try {
                job = jobs.submit(file, options, bytes);
            } catch (RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            ctx.status(202).header("Location", "/api/imports/" + job.id()).json(job);
            return;
        }
        try {
            ctx.json(importer.run(file, options, Importer.Progress.NONE));
        } catch (BrokenFile e) {
            throw broken(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    public void job(Context ctx) {
        Access.requireAdmin(Caller.of(ctx));
        String id = Ids.require("id", ctx.pathParam("id"));
        ctx.json(jobs.get(id).orElseThrow(() -> ApiException.notFound("No import job " + id)));
    }

    static Importer.Options options(Context ctx) {
        ImportFormat format = ImportFormat.parse("format", Params.required(ctx, "format"));
        ImportFormat.CsvKind kind = null;
        if (format == ImportFormat.CSV) {
            kind = ImportFormat.CsvKind.parse(Params.required(ctx, "kind"))
                    .orElseThrow(() -> ApiException.invalid("kind", "must be people or ties"));
        } else if (Params.single(ctx, "kind").isPresent()) {
            throw ApiException.invalid("kind", "applies to format=csv only");
        }
        String owner = Params.single(ctx, "owner").map(id -> Ids.require("owner", id)).orElse(null);
        if (owner != null && !format.takesOwner()) {
            throw ApiException.invalid("owner", "applies to linkedin and vcard imports only");
        }
        return new Importer.Options(format, kind, owner, Caller.of(ctx).accountId().orElse(null));
    }

    /** A broken file is the client's: 422, naming the line, and nothing was changed. */
    public static ApiException broken(BrokenFile e) {
        String detail = "The file cannot be imported: " + e.describe() + ". Nothing was changed.";
        return new ApiException(422, "/problems/broken-file", "The file cannot be imported", detail,
                List.of(new FieldError("body", e.describe())));
    }
}
