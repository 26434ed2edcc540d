package dev.tsunagari.bench;

import java.util.Locale;

/** The Markdown a benchmark run prints as it goes and keeps at the end. */
final class Report {
    private final StringBuilder text = new StringBuilder();

    Report(int people, long seed) {
        this(String.format(Locale.ROOT, "Finder benchmark: %,d people, seed %d", people, seed));
    }

    Report(String title) {
        line("# %s", title);
        line("");
        line("Machine: %s", Machine.describe());
        line("");
    }

    void line(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        text.append(line).append('\n');
        System.err.println(line);
    }

    String text() {
        return text.toString();
    }
}
