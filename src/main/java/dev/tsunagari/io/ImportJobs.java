package dev.tsunagari.io;

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
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Large imports run here, one at a time (two would only fight over the same locks and the two cores), while
 * {@code GET /api/imports/{id}} shows their progress. Jobs are kept in the graph ({@link JobStore}) so that they
 * outlive the process: the last {@value #KEPT} finished ones are kept, and a job a stopped process left unfinished
 * fails at the next start with {@link #INTERRUPTED}.
 */
public final class ImportJobs {
    static final int KEPT = 100;
    static final String INTERRUPTED = "The import was interrupted by a restart of the service. Batches written "
            + "before it are kept; importing the same file again is safe: it merges into what is stored and changes "
            + "nothing twice.";
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private final Importer importer;
    private final JobStore store;
    private final UploadSpool spool;
    /** This app instance: its start-up fails the unfinished jobs of others, never its own. */
    private final String process = UUID.randomUUID().toString();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import-jobs");
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
     * Called as the server starts: nothing of a previous process is still running, so its spooled uploads go (now,
     * before this one spools any) and its unfinished jobs fail with {@link #INTERRUPTED}. That is done beside the
     * first requests, as the app must start and report itself down while Neo4j is unreachable.
     */
    public void recover() {
        spool.clear();
        Thread recovery = new Thread(this::failInterrupted, "import-jobs-recovery");
        recovery.setDaemon(true);
        recovery.start();
    }

    private void failInterrupted() {
        try {
            List<String> interrupted = store.interruptUnfinished(INTERRUPTED, process);
            if (!interrupted.isEmpty()) {
                log.warn("import job(s) {} were interrupted by a restart and are marked failed", interrupted);
            }
            store.prune(KEPT);
        } catch (RuntimeException e) {
            log.warn("cannot mark the import jobs a restart interrupted as failed; the next start will", e);
        }
    }

    /**
     * Called as the server stops: the running job ends after the batch it is writing (every batch is whole), one
     * not started yet never starts. Both stay unfinished in the graph, as after a crash, for {@link #recover}.
     */
    public void stop() throws InterruptedException {
        stopping = true;
        runner.shutdown();
        if (!runner.awaitTermination(60, TimeUnit.SECONDS)) {
            log.warn("the running import job did not stop within 60 s");
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
