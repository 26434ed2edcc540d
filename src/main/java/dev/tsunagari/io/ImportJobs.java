package dev.tsunagari.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.http.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large imports run here, one at a time (two would only fight over the same locks and the two cores), while
 * {@code GET /api/imports/{id}} shows their progress. Jobs live in memory: a restart forgets them, and the last
 * {@value #KEPT} are kept.
 */
public final class ImportJobs {
    static final int KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private final Importer importer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    public ImportJobs(Importer importer) {
        this.importer = importer;
    }

    /** What {@code GET /api/imports/{id}} shows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Job(String id, String status, String format, long bytes, long done, long total, double progress,
            String createdAt, String finishedAt, ImportReport report, String error) {}

    /** Queues the import of a spooled file, which the job deletes when it ends. */
    public Job submit(Path file, Importer.Options options, long bytes) {
        String id = UUID.randomUUID().toString();
        Job queued = new Job(id, "queued", options.format().lowerName(), bytes, 0, 0, 0, Timestamps.now(), null, null, null);
        jobs.put(id, queued);
        forgetOld();
        runner.submit(() -> run(queued, file, options));
        return queued;
    }

    public Optional<Job> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, Path file, Importer.Options options) {
        update(job, "running", 0, 0, null, null);
        try {
            ImportReport report = importer.run(file, options, (done, total) -> update(job, "running", done, total, null, null));
            update(job, "done", report.records(), report.records(), report, null);
        } catch (BrokenFile e) {
            update(job, "failed", 0, 0, null, "The file cannot be imported: " + e.describe() + "; nothing was changed.");
        } catch (ApiException e) {
            update(job, "failed", 0, 0, null, e.getMessage());
        } catch (Exception e) {
            log.error("import job {} failed", job.id(), e);
            update(job, "failed", jobs.get(job.id()).done(), jobs.get(job.id()).total(), null,
                    "The import stopped on a server error; it has been logged. Batches written before it are kept.");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("cannot delete the spooled import {}", file);
            }
        }
    }

    private void update(Job job, String status, long done, long total, ImportReport report, String error) {
        boolean finished = status.equals("done") || status.equals("failed");
        double progress = status.equals("done") ? 1.0 : total == 0 ? 0 : Math.min(1.0, (double) done / total);
        jobs.put(job.id(), new Job(job.id(), status, job.format(), job.bytes(), done, total, progress, job.createdAt(),
                finished ? Timestamps.now() : null, report, error));
    }

    private void forgetOld() {
        if (jobs.size() > KEPT) {
            jobs.values().stream()
                    .filter(j -> j.finishedAt() != null)
                    .sorted(Comparator.comparing(Job::createdAt))
                    .limit(jobs.size() - KEPT)
                    .forEach(j -> jobs.remove(j.id()));
        }
    }
}
