package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.TieGraph;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.eclipse.collections.api.set.primitive.LongSet;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.logging.Log;

/**
 * The live in-memory index of one database's tie graph. Built from the store when the database starts, then kept
 * current from every committed transaction ({@link IndexListener}): the people a commit touched are read again
 * from the store and a new version is published. Readers take the published version ({@link #current}) and never
 * wait; writers wait only for each other. A commit returns once its change is in the index, so the very next
 * question sees it.
 *
 * <p>When the store has committed transactions the index never heard of (a cluster secondary applies replicated
 * transactions without firing listeners) for longer than {@link #STALE_AFTER_MILLIS}, the index is not current:
 * questions go to the store instead, and the index is built again in the background.
 */
public final class LiveIndex {
    static final long STALE_AFTER_MILLIS = 2_000;
    private final GraphDatabaseService db;
    private final LongSupplier lastClosedTransaction;
    private final Log log;
    private final Object writer = new Object();
    private final Dictionary dictionary = new Dictionary();
    /** Writer only: the store's node id of each person → slot. */
    private final LongIntHashMap slotOfNode = new LongIntHashMap();
    /** Writer only: nodes touched while a build runs, read again once it is published. */
    private final LongHashSet pending = new LongHashSet();
    private volatile IndexSnapshot snapshot;
    private volatile boolean building;
    private volatile long buildMillis = -1;
    private volatile long lastSeenTransaction;
    private volatile long builds;
    private volatile long applied;
    private long gapSince;
    private long gapTransaction;

    LiveIndex(GraphDatabaseService db, LongSupplier lastClosedTransaction, Log log) {
        this.db = db;
        this.lastClosedTransaction = lastClosedTransaction;
        this.log = log;
    }

    /** Builds the index from the store (all of it), then applies what was committed meanwhile. */
    void build() {
        synchronized (writer) {
            building = true;
            pending.clear();
        }
        long started = System.nanoTime();
        long asOf = lastClosedTransaction.getAsLong();
        IndexSnapshot built;
        try {
            built = IndexBuilder.build(db, dictionary, slotOfNode, asOf, writer);
        } catch (RuntimeException e) {
            synchronized (writer) {
                building = false;
            }
            throw e;
        }
        synchronized (writer) {
            snapshot = built;
            building = false;
            lastSeenTransaction = Math.max(lastSeenTransaction, asOf);
            buildMillis = (System.nanoTime() - started) / 1_000_000;
            builds++;
            if (!pending.isEmpty()) {
                apply(pending, lastSeenTransaction);
                pending.clear();
            }
        }
        log.info("Tsunagari tie index built in %d ms: %d people, %d ties, about %d MB", buildMillis,
                built.people(), built.ties(), built.bytes() >> 20);
    }

    /** A committed transaction touched these nodes (people, or the ends of ties). Called by the listener. */
    void changed(LongSet nodes, long transaction) {
        synchronized (writer) {
            lastSeenTransaction = Math.max(lastSeenTransaction, transaction);
            if (nodes.isEmpty()) {
                return;
            }
            if (building || snapshot == null) {
                pending.addAll(nodes);
                return;
            }
            apply(nodes, transaction);
        }
    }

    private void apply(LongSet nodes, long transaction) {
        try (Transaction tx = db.beginTx()) {
            snapshot = new IndexUpdate(snapshot, dictionary, slotOfNode, tx).apply(nodes,
                    Math.max(transaction, snapshot.lastTransaction()));
            applied++;
        }
    }

    /**
     * The version to answer from, when the index is current; empty before the first build and while the store
     * holds commits the index did not see.
     */
    public Optional<TieGraph> current() {
        IndexSnapshot s = snapshot;
        if (s == null || building && builds == 0) {
            return Optional.empty();
        }
        return isCurrent() ? Optional.of(s) : Optional.empty();
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
                // A commit whose listener has not run yet, or one that never fires it: give it a moment.
                gapSince = now;
                gapTransaction = store;
                return true;
            }
            if (now - gapSince < STALE_AFTER_MILLIS) {
                return true;
            }
            if (!building) {
                gapTransaction = 0;
                rebuildInBackground();
            }
            return false;
        }
    }

    private void rebuildInBackground() {
        log.warn("Tsunagari tie index missed committed transactions (store at %d, index at %d): building it again",
                lastClosedTransaction.getAsLong(), lastSeenTransaction);
        building = true;
        Thread thread = new Thread(() -> {
            try {
                build();
            } catch (RuntimeException e) {
                log.error("Tsunagari tie index could not be built again", e);
            }
        }, "tsunagari-index-rebuild");
        thread.setDaemon(true);
        thread.start();
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

    /** A fresh build from the store into a dictionary of its own, not published: what the live one must equal. */
    IndexSnapshot freshBuild() {
        return IndexBuilder.build(db, new Dictionary(), new LongIntHashMap(), lastClosedTransaction.getAsLong(),
                new Object());
    }

    /** How the published version differs from a fresh build from the store (empty: equal), at most {@code max}. */
    public java.util.List<String> check(int max) {
        IndexSnapshot live;
        IndexSnapshot fresh;
        synchronized (writer) {
            live = snapshot;
            fresh = freshBuild();
        }
        if (live == null) {
            return java.util.List.of("the index is not built yet");
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
