package dev.tsunagari.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soak's memory samples (RSS of the JVM, heap used right after a full collection) and the rule that says
 * whether RSS stayed flat: leaving out the warm-up, the largest sample of the last third is at most 10% above the
 * largest of the first third.
 */
final class SoakMemory {
    static final double ALLOWED_GROWTH = 0.10;
    private final List<Sample> samples = new ArrayList<>();

    /** One sample, {@code seconds} after the load began. */
    record Sample(double seconds, double rssMiB, double heapAfterGcMiB) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f s: RSS %.0f MiB, heap after GC %.0f MiB", seconds, rssMiB,
                    heapAfterGcMiB);
        }
    }

    /** The figures now, after a full collection (so the heap figure is what is still referenced). */
    synchronized Sample sample(double seconds) {
        System.gc();
        Memory m = Memory.now();
        Sample s = new Sample(seconds, m.rssGiB() * 1024, m.heapUsedGiB() * 1024);
        samples.add(s);
        return s;
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** What the rule compares: the first and the last third's largest RSS after the warm-up. */
    record Verdict(int counted, double firstThirdMaxMiB, double lastThirdMaxMiB, boolean flat) {
        @Override
        public String toString() {
            if (counted < 3) {
                return "too few samples after the warm-up (" + counted + ") to tell whether RSS is flat";
            }
            return String.format(Locale.ROOT,
                    "%d samples after the warm-up: first third's largest RSS %.0f MiB, last third's %.0f MiB "
                            + "(%+.1f%%, at most %+.0f%% allowed): %s", counted, firstThirdMaxMiB, lastThirdMaxMiB,
                    (lastThirdMaxMiB / firstThirdMaxMiB - 1) * 100, ALLOWED_GROWTH * 100,
                    flat ? "flat" : "GROWING");
        }
    }

    synchronized Verdict verdict(double warmUpSeconds) {
        List<Sample> counted = samples.stream().filter(s -> s.seconds() > warmUpSeconds).toList();
        int n = counted.size();
        if (n < 3) {
            return new Verdict(n, 0, 0, false);
        }
        int third = n / 3;
        double first = counted.subList(0, third).stream().mapToDouble(Sample::rssMiB).max().orElseThrow();
        double last = counted.subList(n - third, n).stream().mapToDouble(Sample::rssMiB).max().orElseThrow();
        return new Verdict(n, first, last, last <= first * (1 + ALLOWED_GROWTH));
    }
}
