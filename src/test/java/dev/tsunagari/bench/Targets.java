package dev.tsunagari.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** The targets of issue 6 (stated for 1M people / 10M ties, 8 clients) next to what this run measured. */
final class Targets {
    private Targets() {}

    static void report(List<Latencies> load, List<Checks.Outcome> outcomes, JsonNode prepared, double startToReady,
            Memory memory, Report report) {
        report.line("");
        report.line("## Targets (stated for 1M people / 10M ties) against this run");
        report.line("");
        report.line("| target | measured | met |");
        report.line("|---|---:|:---:|");
        p99(report, load, "intermediaries maxHops 2", 25);
        p99(report, load, "intermediaries maxHops 1", 10);
        p99(report, load, "paths maxLength 6 limit 5", 10);
        for (Checks.Outcome o : outcomes) {
            double by = Outcomes.slowerBy(o);
            row(report, o.question() + ": ≥ 10× faster than both baselines (median, same queries)",
                    String.format(Locale.ROOT, "%.1f×", by), by >= 10);
        }
        double rate = prepared.get("bulkImportTiesPerSecond").asDouble();
        row(report, "bulk import ≥ 200,000 ties/s (JSON file to store)", String.format(Locale.ROOT, "%,.0f", rate),
                rate >= 200_000);
        row(report, "RSS ≤ 4 GiB (benchmark JVM after the HTTP load)",
                String.format(Locale.ROOT, "%.2f GiB", memory.rssGiB()), memory.rssGiB() <= 4);
        row(report, "start to ready ≤ 15 s (restart of the loaded store)",
                String.format(Locale.ROOT, "%.1f s", startToReady), startToReady <= 15);
    }

    private static void p99(Report report, List<Latencies> load, String scenario, double limit) {
        load.stream().filter(l -> l.scenario().equals(scenario) && l.concurrency() == 8).findFirst().ifPresent(l ->
                row(report, String.format(Locale.ROOT, "%s p99 ≤ %.0f ms at 8 clients", scenario, limit),
                        String.format(Locale.ROOT, "%.1f ms", l.p99()), l.p99() <= limit));
    }

    private static void row(Report report, String target, String measured, boolean met) {
        report.line("| %s | %s | %s |", target, measured, met ? "yes" : "no");
    }
}
