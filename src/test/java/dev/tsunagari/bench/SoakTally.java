package dev.tsunagari.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the soak's clients did, operation by operation: requests, latencies, and errors (a status of 500 or more,
 * no answer at all, or a 4xx the operation does not expect), the first few kept with their answer.
 */
final class SoakTally {
    private static final int EXAMPLES = 10;
    private final Map<String, Op> ops = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private final long start = System.nanoTime();

    private static final class Op {
        long[] nanos = new long[1024];
        int requests;
        int errors;
    }

    synchronized void record(String op, String request, Set<Integer> expected, HttpLoad.Answer answer, long nanos) {
        Op o = ops.computeIfAbsent(op, k -> new Op());
        if (o.requests == o.nanos.length) {
            o.nanos = Arrays.copyOf(o.nanos, o.requests * 2);
        }
        o.nanos[o.requests++] = nanos;
        if (!expected.contains(answer.status())) {
            o.errors++;
            if (examples.size() < EXAMPLES) {
                String body = answer.body() == null ? "" : answer.body();
                examples.add(answer.status() + " " + request + " " + body.substring(0, Math.min(300, body.length())));
            }
        }
    }

    synchronized int errors() {
        return ops.values().stream().mapToInt(o -> o.errors).sum();
    }

    synchronized int requests() {
        return ops.values().stream().mapToInt(o -> o.requests).sum();
    }

    synchronized List<String> examples() {
        return List.copyOf(examples);
    }

    /** One row per operation: requests, errors (as failures), latency percentiles and rate over the whole soak. */
    synchronized List<Latencies> latencies(int clients) {
        long wall = System.nanoTime() - start;
        List<Latencies> rows = new ArrayList<>();
        ops.forEach((name, o) -> rows.add(Latencies.of(name, clients, Arrays.copyOf(o.nanos, o.requests), o.errors,
                wall)));
        return rows;
    }
}
