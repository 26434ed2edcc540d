package dev.tsunagari.bench;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.List;

/** The PROFILE part of the report: the service's statements for the slowest request of each sampled question. */
final class Profiles {
    private Profiles() {}

    /** {@code outcomes}: intermediaries maxHops 1, maxHops 2, then paths, as {@link Checks} gives them. */
    static void report(List<Checks.Outcome> outcomes, Graph graph, CypherFiles cypher, Report report) {
        IntermediariesTrace trace = new IntermediariesTrace(graph, cypher);
        for (int maxHops = 1; maxHops <= 2; maxHops++) {
            String[] slow = outcomes.get(maxHops - 1).slowest();
            report.line("");
            report.line("## PROFILE of the finder's statements for the slowest intermediaries request above");
            report.line("");
            report.line(trace.trace(slow[0], slow[1], maxHops));
        }
        String[] slowPair = outcomes.get(2).slowest();
        report.line("## PROFILE of the paths statements for the slowest paths request above");
        report.line("");
        report.line(new PathTrace(graph, cypher).trace(slowPair[0], slowPair[1], 6, new HopFilter(0.0, false)));
    }
}
