package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.TieGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.eclipse.collections.api.set.primitive.LongSet;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.logging.Log;

/**
 * The live in-memory index of one database's tie graph, kept by one writer thread: it builds the index from the
 * store when the database is available, then applies what committed transactions touched ({@link IndexListener}
 * queues it; a commit only pays for noting the nodes): the people touched are read again from the store as they
 * are now and a new immutable version is published. Several commits queued meanwhile are applied together.
 *
 * <p>Readers take the published version ({@link #current}) and never block a writer. A question first waits until
 * every change queued before it began is published (usually well under a millisecond), so a tie PUT is used by the
 * very next question and a deleted one is not; if that takes longer than {@link #CATCH_UP_MILLIS} the question is
 * answered from the store instead.
 *
 * <p>When the store holds committed transactions the index never heard of for longer than
 * {@link #STALE_AFTER_MILLIS} (a cluster secondary applies replicated transactions without firing listeners), the
 * index is not current: questions go to the store, and the index is built again.
 */
public final class LiveIndex {
    static final long STALE_AFTER_MILLIS = 2_000;
    static final long CATCH_UP_MILLIS = 2_000;
    private static final LongSet REBUILD = new LongHashSet();

    private final GraphDatabaseService db;
    private final LongSupplier lastClosedTransaction;
    private final Log log;
    private final Dictionary dictionary = new Dictionary();
    /** Writer thread only: the store's node id of each person → slot. */
    private final LongIntHashMap slotOfNode = new LongIntHashMap();
    private final LinkedBlockingQueue<Change> queue = new LinkedBlockingQueue<>();
    private final Object enqueue = new Object();
    private final Object progress = new Object();
    /** Held while the published version changes, so a check compares one version with the store. */
    private final Object publishing = new Object();
    private long enqueued;
    private volatile long enqueuedSeen;
    private volatile long appliedUpTo;
    private volatile IndexSnapshot snapshot;
    private volatile boolean rebuilding;
    private volatile long buildMillis = -1;
    private volatile long lastSeenTransaction;
    private volatile long applied;
    private long gapSince;
    private long gapTransaction;
    private Thread thread;

    private record Change(long seq, LongSet nodes, long transaction) {}

    LiveIndex(GraphDatabaseService db, LongSupplier lastClosedTransaction, Log log) {
        this.db = db;
        this.lastClosedTransaction = lastClosedTransaction;
        this.log = log;
    }

    /** Starts the writer thread: it waits for the database, builds the index, then applies changes as they come. */
    void start(BooleanSupplier available, String name) {
        thread = new Thread(() -> run(available), "tsunagari-index-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(BooleanSupplier available) {
        try {
            while (!available.getAsBoolean()) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
            build();
            List<Change> batch = new ArrayList<>();
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(queue.take());
                queue.drainTo(batch);
                applyAll(batch);
                batch.clear();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Tsunagari tie index stopped; questions are answered from the store", e);
            snapshot = null;
        }
    }

    private void applyAll(List<Change> batch) {
        boolean rebuild = false;
        LongHashSet nodes = new LongHashSet();
        long transaction = 0;
        long upTo = 0;
        for (Change c : batch) {
            rebuild |= c.nodes() == REBUILD;
            if (c.nodes() != REBUILD) {
                nodes.addAll(c.nodes());
            }
            transaction = Math.max(transaction, c.transaction());
            upTo = Math.max(upTo, c.seq());
        }
        if (rebuild) {
            log.warn("Tsunagari tie index missed committed transactions (store at %d, index at %d): building it again",
                    lastClosedTransaction.getAsLong(), lastSeenTransaction);
            build();
            rebuilding = false;
        }
        if (!nodes.isEmpty()) {
            try (Transaction tx = db.beginTx()) {
                IndexSnapshot next = new IndexUpdate(snapshot, dictionary, slotOfNode, tx).apply(nodes,
                        Math.max(transaction, snapshot.lastTransaction()));
                synchronized (publishing) {
                    snapshot = next;
                }
                applied += batch.size();
            }
        }
        published(upTo);
    }

    private void published(long upTo) {
        if (upTo > appliedUpTo) {
            appliedUpTo = upTo;
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    /** Builds the index from the store, all of it; changes queued meanwhile are applied after it. */
    private void build() {
        long started = System.nanoTime();
        long asOf = lastClosedTransaction.getAsLong();
        IndexSnapshot built = IndexBuilder.build(db, dictionary, slotOfNode, asOf, slotOfNode);
        synchronized (publishing) {
            snapshot = built;
        }
        lastSeenTransaction = Math.max(lastSeenTransaction, asOf);
        buildMillis = (System.nanoTime() - started) / 1_000_000;
        log.info("Tsunagari tie index built in %d ms: %d people, %d ties, about %d MB", buildMillis,
                built.people(), built.ties(), built.bytes() >> 20);
    }

    /** A committed transaction touched these nodes (people, or the ends of ties). Called by the listener. */
    void changed(LongSet nodes, long transaction) {
        if (transaction > lastSeenTransaction) {
            synchronized (progress) {
                lastSeenTransaction = Math.max(lastSeenTransaction, transaction);
            }
        }
        if (!nodes.isEmpty()) {
            offer(nodes, transaction);
        }
    }

    private void offer(LongSet nodes, long transaction) {
        synchronized (enqueue) {
            long seq = ++enqueued;
            queue.add(new Change(seq, nodes, transaction));
            enqueuedSeen = seq;
        }
    }

    /**
     * The version to answer from: once every change queued before this call is in it. Empty before the first
     * build, while building again, when catching up takes too long, and while the store holds commits the index
     * did not see.
     */
    public Optional<TieGraph> current() {
        if (snapshot == null || rebuilding) {
            return Optional.empty();
        }
        long wanted = enqueuedSeen;
        if (appliedUpTo < wanted && !await(wanted)) {
            return Optional.empty();
        }
        IndexSnapshot s = snapshot;
        return s != null && isCurrent() ? Optional.of(s) : Optional.empty();
    }

    private boolean await(long wanted) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CATCH_UP_MILLIS);
        synchronized (progress) {
            while (appliedUpTo < wanted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    progress.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private boolean isCurrent() {
        long store = lastClosedTransaction.getAsLong();
        long seen = lastSeenTransaction;
        if (store <= seen) {
            return true;
        }
        synchronized (this) {
            long now = System.currentTimeMillis();
            if (gapTransaction == 0 || seen >= gapTransaction) {
                // A commit whose listener has not run yet, or one that fires none (tokens): give it a moment.
                gapSince = now;
                gapTransaction = store;
                return true;
            }
            if (now - gapSince < STALE_AFTER_MILLIS) {
                return true;
            }
            if (!rebuilding) {
                gapTransaction = 0;
                rebuilding = true;
                offer(REBUILD, 0);
            }
            return false;
        }
    }

    /** What {@code tsunagari.index.status()} and {@code /metrics} report. */
    public record Status(boolean ready, boolean current, long people, long ties, long fanTies, long bytes,
            long buildMillis, long lastTransaction, long storeTransaction, long updates) {}

    public Status status() {
        IndexSnapshot s = snapshot;
        boolean current = current().isPresent();
        if (s == null) {
            return new Status(false, false, 0, 0, 0, 0, buildMillis, lastSeenTransaction,
                    lastClosedTransaction.getAsLong(), applied);
        }
        return new Status(true, current, s.people(), s.ties(), s.fanTies(), s.bytes(), buildMillis,
                lastSeenTransaction, lastClosedTransaction.getAsLong(), applied);
    }

    /** The published version (tests compare it with a fresh build). */
    IndexSnapshot snapshot() {
        return snapshot;
    }

    /**
     * How the published version differs from a fresh build from the store (empty: equal), at most {@code max}, once
     * every change queued before the call is applied. Meant for a quiet moment: commits during the check make it
     * report their changes.
     */
    public List<String> check(int max) {
        if (snapshot == null) {
            return List.of("the index is not built yet");
        }
        if (!await(enqueuedSeen)) {
            return List.of("the index did not catch up with the store within " + CATCH_UP_MILLIS + " ms");
        }
        IndexSnapshot live;
        IndexSnapshot fresh;
        synchronized (publishing) {
            live = snapshot;
            fresh = IndexBuilder.build(db, new Dictionary(), new LongIntHashMap(), lastClosedTransaction.getAsLong(),
                    new Object());
        }
        return IndexCheck.differences(live, fresh, max);
    }

    /** Waits until the first build is published, at most {@code millis}. */
    boolean awaitReady(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (snapshot == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        return snapshot != null;
    }
}
