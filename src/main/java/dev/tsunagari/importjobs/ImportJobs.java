package dev.tsunagari.importjobs;

import dev.tsunagari.imports.Importer;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.formats.BrokenFile;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.http.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large imports run here, one at a time (two would only fight over the same locks and the two cores), while
 * {@code GET /api/imports/{id}} shows their progress. Jobs are kept in the graph ({@link JobStore}) so that they
 * outlive the process: the last {@value #KEPT} finished ones are kept. A job that will never end fails with
 * {@link #INTERRUPTED}: at once when its instance stops, and when its instance crashed, once that instance has
 * been silent for {@link #SILENT_MILLIS} — several instances may share one Neo4j, so a start must not fail the jobs
 * of another instance that is still running them; every instance stamps its own unfinished jobs while it lives.
 */
public final class ImportJobs {
    static final int KEPT = 100;
    static final String INTERRUPTED = "The import was interrupted by a restart of the service. Batches written "
            + "before it are kept; importing the same file again is safe: it merges into what is stored and changes "
            + "nothing twice.";
    /** How often an instance stamps its unfinished jobs and looks for those of instances gone silent. */
    static final long WATCH_MILLIS = 10_000;
    /** Silence after which an instance's unfinished jobs are taken for crashed: several missed stamps. */
    static final long SILENT_MILLIS = 60_000;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private final Importer importer;
    private final JobStore store;
    private final UploadSpool spool;
    /** This app instance, stamped on its jobs. */
    private final String process = UUID.randomUUID().toString();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "import-jobs-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public ImportJobs(Importer importer, Graph graph, CypherFiles files, UploadSpool spool) {
        this.importer = importer;
        this.store = new JobStore(graph, files);
        this.spool = spool;
    }

    /**
     * Called as the server starts: this process's spooled uploads directory holds only what a previous process left,
     * so it is emptied now, before this one spools anything. Then, every {@value #WATCH_MILLIS} ms, this instance
     * stamps its unfinished jobs and fails those of instances silent for {@value #SILENT_MILLIS} ms. That runs
     * beside the requests, as the app must start and report itself down while Neo4j is unreachable.
     */
    public void recover() {
        spool.clear();
        // Pruning follows every finished job; once at start covers jobs an older version kept beyond the limit.
        watch.execute(this::prune);
        watch.scheduleWithFixedDelay(this::watch, 0, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void watch() {
        try {
            store.heartbeat(process);
            List<String> interrupted = store.interruptSilent(INTERRUPTED, process,
                    System.currentTimeMillis() - SILENT_MILLIS);
            if (!interrupted.isEmpty()) {
                log.warn("import job(s) {} of an instance silent for {} s are marked failed", interrupted,
                        SILENT_MILLIS / 1000);
                prune();
            }
        } catch (RuntimeException e) {
            log.warn("cannot stamp or check the import jobs; trying again in {} s", WATCH_MILLIS / 1000, e);
        }
    }

    /**
     * Called as the server stops: the running job ends after the batch it is writing (every batch is whole), one
     * not started yet never starts, and both fail with {@link #INTERRUPTED} at once (a crash leaves them to the
     * silence rule of {@link #recover}).
     */
    public void stop() throws InterruptedException {
        stopping = true;
        watch.shutdownNow();
        runner.shutdown();
        if (!runner.awaitTermination(60, TimeUnit.SECONDS)) {
            log.warn("the running import job did not stop within 60 s");
        }
        try {
            List<String> interrupted = store.interruptOwn(INTERRUPTED, process);
            if (!interrupted.isEmpty()) {
                log.info("import job(s) {} stopped with the server and are marked failed", interrupted);
            }
        } catch (RuntimeException e) {
            log.warn("cannot mark the import jobs stopped with the server as failed; another instance will", e);
        }
    }

    /** Queues the import of a spooled file, which the job deletes when it ends. */
    public ImportJob submit(Path file, Importer.Options options, long bytes) {
        ImportJob queued = ImportJob.of(UUID.randomUUID().toString(), "queued", options.format().lowerName(), bytes, 0, 0,
                Timestamps.now(), null, null, null);
        store.create(queued, process);
        runner.submit(() -> run(queued.id(), file, options));
        return queued;
    }

    public Optional<ImportJob> get(String id) {
        return store.find(id);
    }

    private void run(String id, Path file, Importer.Options options) {
        JobProgress progress = new JobProgress(store, id, () -> stopping);
        try {
            if (stopping) {
                return;
            }
            progress.started();
            ImportReport report = importer.run(file, options, progress);
            store.finish(id, "done", report.records(), report.records(), report, null);
        } catch (JobProgress.Stopped e) {
            log.info("import job {} stopped with the server after {} of {} records", id, progress.done(), progress.total());
        } catch (BrokenFile e) {
            store.finish(id, "failed", 0, 0, null, "The file cannot be imported: " + e.describe() + "; nothing was changed.");
        } catch (ApiException e) {
            store.finish(id, "failed", 0, 0, null, e.getMessage());
        } catch (Exception e) {
            log.error("import job {} failed", id, e);
            store.finish(id, "failed", progress.done(), progress.total(), null,
                    "The import stopped on a server error; it has been logged. Batches written before it are kept.");
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("cannot delete the spooled import {}", file);
            }
            prune();
        }
    }

    private void prune() {
        try {
            store.prune(KEPT);
        } catch (RuntimeException e) {
            log.warn("cannot prune old import jobs", e);
        }
    }
}
