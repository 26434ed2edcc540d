package dev.tsunagari.cli;

import dev.tsunagari.imports.ImportReport;
import java.io.PrintStream;

/** An import report as a few lines a person reads at the terminal. */
final class ReportPrinter {
    static final int SHOWN_ERRORS = 20;

    private ReportPrinter() {}

    static void print(ImportReport r, PrintStream out) {
        out.printf("%d records: %d created, %d updated, %d merged, %d skipped%n", r.records(), r.created(), r.updated(),
                r.merged(), r.skipped());
        out.printf("  people: %d created, %d updated, %d merged, %d skipped%n", r.people().created(),
                r.people().updated(), r.people().merged(), r.people().skipped());
        out.printf("  ties:   %d created, %d updated, %d skipped%n", r.ties().created(), r.ties().updated(),
                r.ties().skipped());
        if (r.introductions().created() + r.introductions().updated() + r.introductions().skipped()
                + r.interactions().created() + r.interactions().updated() + r.interactions().skipped() > 0) {
            out.printf("  introductions: %d created, %d updated, %d skipped%n", r.introductions().created(),
                    r.introductions().updated(), r.introductions().skipped());
            out.printf("  interactions:  %d created, %d updated, %d skipped%n", r.interactions().created(),
                    r.interactions().updated(), r.interactions().skipped());
        }
        if (r.accounts().created() + r.accounts().updated() + r.accounts().skipped() > 0) {
            out.printf("  accounts:      %d created, %d updated, %d skipped%n", r.accounts().created(),
                    r.accounts().updated(), r.accounts().skipped());
        }
        r.merges().stream().limit(SHOWN_ERRORS).forEach(m ->
                out.printf("  merged record %d into %s (by %s)%n", m.record(), m.id(), m.by()));
        int total = r.errors().size() + r.errorsOmitted();
        if (total > 0) {
            out.printf("%d errors:%n", total);
            r.errors().stream().limit(SHOWN_ERRORS).forEach(e -> out.printf("  record %d%s, %s: %s%n", e.record(),
                    e.line() == null ? "" : " (line " + e.line() + ")", e.field(), e.detail()));
            if (total > SHOWN_ERRORS) {
                out.printf("  ... and %d more (--json shows up to 1000)%n", total - SHOWN_ERRORS);
            }
        }
    }
}
