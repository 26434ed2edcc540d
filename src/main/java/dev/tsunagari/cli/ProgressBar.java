package dev.tsunagari.cli;

import dev.tsunagari.imports.Importer;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The import's progress on a terminal: {@code [=========>          ]  45%  123,456/270,000  41,200/s  ETA 0:04},
 * redrawn in place at most five times a second. Not on a terminal (a pipe, a CI log) it prints one plain line
 * every ten seconds instead.
 */
final class ProgressBar implements Importer.Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void update(long done, long total) {
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (drawn && now - lastDrawn < interval && done < total) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        String line = line(done, total, (now - started) / 1e9);
        if (terminal) {
            out.print("\r" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }

    void finish() {
        if (terminal && drawn) {
            out.println();
        }
    }

    static String line(long done, long total, double seconds) {
        double fraction = total == 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? (fraction >= 1 ? "=" : ">") : "")
                + " ".repeat(WIDTH - filled);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? clock((total - done) / rate) : "0:00";
        return String.format(Locale.ROOT, "[%s] %3d%%  %,d/%,d records  %,.0f/s  ETA %s",
                bar, Math.round(fraction * 100), done, total, rate, eta);
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
