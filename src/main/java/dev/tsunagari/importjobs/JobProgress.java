package dev.tsunagari.importjobs;

import dev.tsunagari.imports.Importer;
import java.util.function.BooleanSupplier;

/**
 * The progress of one running job, written to its node at most about once a second (and as soon as the count of
 * records is known) rather than after every batch: a poll a second late costs nothing, a write per batch does.
 * It is also where a job learns the server is stopping, between two whole batches.
 */
final class JobProgress implements Importer.Progress {
    static final long WRITE_EVERY_NANOS = 1_000_000_000L;
    private final JobStore store;
    private final String id;
    private final BooleanSupplier stopping;
    private volatile long done;
    private volatile long total;
    private long writtenTotal;
    private long writtenAt;

    /** Thrown out of the import when the server stops; the job stays unfinished, as after a crash. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the server is stopping", null, false, false);
        }
    }

    JobProgress(JobStore store, String id, BooleanSupplier stopping) {
        this.store = store;
        this.id = id;
        this.stopping = stopping;
    }

    void started() {
        store.progress(id, "running", 0, 0);
        writtenAt = System.nanoTime();
    }

    @Override
    public void update(long done, long total) {
        if (stopping.getAsBoolean()) {
            throw new Stopped();
        }
        this.done = done;
        this.total = total;
        long now = System.nanoTime();
        if (total != writtenTotal || now - writtenAt >= WRITE_EVERY_NANOS) {
            store.progress(id, "running", done, total);
            writtenTotal = total;
            writtenAt = now;
        }
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }
}
