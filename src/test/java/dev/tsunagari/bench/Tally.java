package dev.tsunagari.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Timings and comparison counts of one question type asked three ways (the service, naive Cypher, PostgreSQL):
 * a baseline that timed out counts at the time limit, and each disagreement is kept, a few with an example.
 */
final class Tally {
    private final String question;
    private final long[][] nanos;
    private final int[] failed = new int[3];
    private int at = -1;
    private int compared;
    private int wholeThroughProcedure;
    private int uncompared;
    private int mismatches;
    private final List<String> examples = new ArrayList<>();
    private final long start = System.nanoTime();
    private final long timeoutMillis;
    private String[] slowest;
    private long slowestNanos;

    Tally(String question, int n, long timeoutMillis) {
        this.question = question;
        this.timeoutMillis = timeoutMillis;
        this.nanos = new long[3][n];
    }

    void service(long t0, boolean failure, String[] query) {
        at++;
        record(0, t0, failure);
        if (slowest == null || nanos[0][at] > slowestNanos) {
            slowest = query;
            slowestNanos = nanos[0][at];
        }
    }

    void cypher(long t0, boolean failure) {
        record(1, t0, failure);
    }

    void postgres(long t0, boolean failure) {
        record(2, t0, failure);
    }

    private void record(int way, long t0, boolean failure) {
        long took = System.nanoTime() - t0;
        // A timed-out baseline counts as the time limit: its real time is at least that.
        nanos[way][at] = failure && way > 0 ? Math.max(took, timeoutMillis * 1_000_000) : took;
        failed[way] += failure ? 1 : 0;
    }

    /** The service's whole answer came from its procedure, REST's own cap having cut the answer over HTTP. */
    void wholeThroughProcedure() {
        wholeThroughProcedure++;
    }

    /**
     * Compares the service's answer with each baseline that answered. A question is uncompared when the service
     * gave no whole answer (null) or no baseline answered in time.
     */
    void compare(String label, Set<String> service, Set<String> byCypher, Set<String> byPostgres) {
        if (service == null) {
            uncompared++;
            return;
        }
        boolean any = false;
        if (byCypher != null) {
            any = true;
            check(label, "naive Cypher", service, byCypher);
        }
        if (byPostgres != null) {
            any = true;
            check(label, "PostgreSQL", service, byPostgres);
        }
        compared += any ? 1 : 0;
        uncompared += any ? 0 : 1;
    }

    private void check(String label, String way, Set<String> service, Set<String> other) {
        if (service.equals(other)) {
            return;
        }
        mismatches++;
        if (examples.size() < 5) {
            Set<String> missing = new HashSet<>(other);
            missing.removeAll(service);
            Set<String> extra = new HashSet<>(service);
            extra.removeAll(other);
            examples.add(String.format("%s: service %d, %s %d; only %s: %s; only the service: %s", label,
                    service.size(), way, other.size(), way, sample(missing), sample(extra)));
        }
    }

    private static String sample(Set<String> items) {
        return items.stream().sorted().limit(5).toList().toString();
    }

    Checks.Outcome outcome() {
        long wall = System.nanoTime() - start;
        return new Checks.Outcome(question,
                Latencies.of(question + ": service over HTTP, whole answer", 1, nanos[0], failed[0], wall),
                Latencies.of(question + ": naive Cypher", 1, nanos[1], failed[1], wall),
                Latencies.of(question + ": PostgreSQL 15", 1, nanos[2], failed[2], wall),
                compared, wholeThroughProcedure, uncompared, failed[1], failed[2], mismatches, examples, slowest);
    }
}
