package dev.tsunagari.bench;

import java.util.Arrays;
import java.util.Locale;

/** What one scenario measured: latency percentiles (ms), throughput and failures. */
record Latencies(String scenario, int concurrency, int requests, int failures, double p50, double p90, double p99,
        double max, double throughput) {

    static Latencies of(String scenario, int concurrency, long[] nanos, int failures, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(scenario, concurrency, sorted.length, failures, pct(sorted, 0.50), pct(sorted, 0.90),
                pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                sorted.length / (wallNanos / 1e9));
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static String header() {
        return "| scenario | concurrency | requests | failed | median ms | p90 ms | p99 ms | max ms | req/s |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", scenario,
                concurrency, requests, failures, p50, p90, p99, max, throughput);
    }
}
