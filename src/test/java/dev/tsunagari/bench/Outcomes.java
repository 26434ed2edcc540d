package dev.tsunagari.bench;

import java.util.List;

/** The baseline part of the report: the same questions three ways, their timings and the answer comparison. */
final class Outcomes {
    private Outcomes() {}

    static void report(List<Checks.Outcome> outcomes, long limitMillis, Report report) {
        report.line("");
        report.line("## Same questions, three ways, one at a time (%d s limit per baseline statement)",
                limitMillis / 1000);
        report.line("");
        report.line("| question | way | queries | timed out | median ms | p90 ms | p99 ms | max ms | median ÷ service |");
        report.line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Checks.Outcome o : outcomes) {
            for (Latencies l : List.of(o.service(), o.cypher(), o.postgres())) {
                report.line("| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f× |", o.question(),
                        l.scenario().substring(o.question().length() + 2), l.requests(), l.failures(), l.p50(),
                        l.p90(), l.p99(), l.max(), l.p50() / o.service().p50());
            }
        }
        report.line("");
        report.line("| question | compared | of which whole through the procedure (REST's cap of 1000 reached) | "
                + "answers that differ | uncompared | naive Cypher timed out | PostgreSQL timed out |");
        report.line("|---|---:|---:|---:|---:|---:|---:|");
        for (Checks.Outcome o : outcomes) {
            report.line("| %s | %d | %d | %d | %d | %d | %d |", o.question(), o.compared(), o.wholeThroughProcedure(),
                    o.mismatches(), o.uncompared(), o.cypherTimeouts(), o.postgresTimeouts());
        }
        report.line("");
        report.line("%d answers compared, %d differ, %d uncompared (a service answer cut short, or no baseline "
                + "answered in time).", outcomes.stream().mapToInt(Checks.Outcome::compared).sum(),
                mismatches(outcomes), uncompared(outcomes));
        for (Checks.Outcome o : outcomes) {
            for (String example : o.examples()) {
                report.line("- differs: %s", example);
            }
        }
    }

    static int mismatches(List<Checks.Outcome> outcomes) {
        return outcomes.stream().mapToInt(Checks.Outcome::mismatches).sum();
    }

    static int uncompared(List<Checks.Outcome> outcomes) {
        return outcomes.stream().mapToInt(Checks.Outcome::uncompared).sum();
    }

    /** Baseline median over service median for the question, the smaller of the two baselines. */
    static double slowerBy(Checks.Outcome o) {
        return Math.min(o.cypher().p50(), o.postgres().p50()) / o.service().p50();
    }
}
