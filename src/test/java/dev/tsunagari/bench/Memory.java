package dev.tsunagari.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Resident memory of this JVM (heap, Neo4j's page cache, everything), now and at its peak, from /proc. */
record Memory(double rssGiB, double peakRssGiB, double heapUsedGiB, double heapMaxGiB) {
    static Memory now() {
        long rss = 0;
        long peak = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kib(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: no figure rather than a wrong one.
        }
        Runtime rt = Runtime.getRuntime();
        return new Memory(rss / 1048576.0, peak / 1048576.0, (rt.totalMemory() - rt.freeMemory()) / 1073741824.0,
                rt.maxMemory() / 1073741824.0);
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RSS %.2f GiB (peak %.2f GiB), heap used %.2f of %.2f GiB", rssGiB,
                peakRssGiB, heapUsedGiB, heapMaxGiB);
    }
}
