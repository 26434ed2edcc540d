package dev.tsunagari.io;

import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Params;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code POST /api/import} and {@code GET /api/imports/{id}}. The body is streamed to a temporary file under its
 * own limit ({@value #MAX_BYTES} bytes; the other routes keep the 1 MB limit): up to {@value #JOB_THRESHOLD}
 * bytes the import runs at once and answers 200 with its report, a larger file becomes a job (202).
 */
public final class ImportController {
    public static final long MAX_BYTES = 1L << 30;
    public static final long JOB_THRESHOLD = 5L << 20;
    private final Importer importer;
    private final ImportJobs jobs;

    public ImportController(Importer importer, ImportJobs jobs) {
        this.importer = importer;
        this.jobs = jobs;
    }

    public void post(Context ctx) throws IOException {
        // Imports merge into stored people and ties by key, past the per-object rules: admins only (see README).
        Access.requireAdmin(Caller.of(ctx));
        Importer.Options options = options(ctx);
        importer.checkOwner(options);
        Path file = spool(ctx.bodyInputStream());
        long bytes = Files.size(file);
        if (bytes > JOB_THRESHOLD) {
            ImportJobs.Job job = jobs.submit(file, options, bytes);
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

    private static Path spool(InputStream body) throws IOException {
        Path file = Files.createTempFile("tsunagari-import-", ".upload");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new ApiException(413, "/problems/too-large", "Content too large",
                            "An import file may have at most " + MAX_BYTES + " bytes.", List.of());
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw ApiException.invalid("body", "the file to import is required as the request body");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
