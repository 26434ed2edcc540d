package dev.tsunagari.bulkload;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long each step of a bulk load took, in the order they ran, as wall time and as CPU time of the whole process.
 * A large load only gets faster by knowing which step to cut; on a shared machine the wall time says as much about
 * the neighbours as about the load, the CPU time does not.
 */
public final class BulkPhases {
    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    /** One timed step. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws IOException;
    }

    public <T> T time(String phase, Step<T> step) throws IOException {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        try {
            return step.run();
        } finally {
            add(phase, System.nanoTime() - start, processCpuNanos() - cpu);
        }
    }

    public synchronized void add(String phase, long wallNanos, long cpuNanos) {
        long[] sum = nanos.computeIfAbsent(phase, p -> new long[2]);
        sum[0] += wallNanos;
        sum[1] += cpuNanos;
    }

    /** Wall seconds per phase, in the order the phases first ran. */
    public synchronized Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.forEach((phase, n) -> seconds.put(phase, n[0] / 1e9));
        return seconds;
    }

    public synchronized double totalSeconds() {
        return nanos.values().stream().mapToLong(n -> n[0]).sum() / 1e9;
    }

    /** CPU time of this process (all its threads), or 0 where the JVM cannot tell. */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    @Override
    public synchronized String toString() {
        return nanos.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f s (%.1f CPU-s)", e.getKey(), e.getValue()[0] / 1e9,
                        e.getValue()[1] / 1e9))
                .collect(Collectors.joining(", "));
    }
}
