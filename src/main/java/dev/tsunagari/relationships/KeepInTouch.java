package dev.tsunagari.relationships;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.privacy.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.introductions.PersonRef;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keep in touch: strong ties (strength at least {@code minStrength}, default {@value #STRONG}) with no contact
 * for {@code quietDays} or more, most valuable and most overdue first:
 * <pre>
 *   overdue  = min(daysQuiet / quietDays, 4)      (no lastContact at all counts as 4)
 *   priority = strength × overdue
 * </pre>
 * {@code daysQuiet} runs from the latest {@code lastContact} of the ties between the two, which each logged
 * interaction moves forward. Ties of equal priority: the stronger, then by id.
 */
final class KeepInTouch {
    static final double STRONG = 0.7;
    static final double MAX_OVERDUE = 4.0;
    private final Graph graph;
    private final Cypher quiet;

    KeepInTouch(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.quiet = cypher.get("relationships/keep_in_touch");
    }

    /** One tie gone quiet; {@code lastContact} and {@code daysQuiet} are absent when never recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuietTie(PersonRef person, double strength, String lastContact, Long daysQuiet, String since,
            int interactionsLastYear, double priority) {}

    /** The quiet ties {@code caller} may see: the statement leaves hidden people out. */
    List<QuietTie> of(String id, int quietDays, double minStrength, LocalDate today, Caller caller) {
        Map<String, Object> params = Visibility.parameters(caller);
        params.putAll(Map.of("id", id, "minStrength", minStrength,
                "quietSince", today.minusDays(quietDays), "yearAgo", today.minusYears(1)));
        List<QuietTie> ties = graph.read(tx -> Graph.run(tx, quiet, params).list(row -> {
            LocalDate last = row.get("lastContact").isNull() ? null : row.get("lastContact").asLocalDate();
            double strength = row.get("strength").asDouble();
            Long days = last == null ? null : ChronoUnit.DAYS.between(last, today);
            double overdue = days == null ? MAX_OVERDUE : Math.min((double) days / quietDays, MAX_OVERDUE);
            return new QuietTie(Refs.of(row.get("person")), strength, last == null ? null : last.toString(), days,
                    row.get("since").isNull() ? null : row.get("since").asLocalDate().toString(),
                    row.get("lastYear").asInt(), Math.round(strength * overdue * 1000) / 1000.0);
        }));
        return ties.stream()
                .sorted(Comparator.comparingDouble(QuietTie::priority).reversed()
                        .thenComparing(Comparator.comparingDouble(QuietTie::strength).reversed())
                        .thenComparing(t -> t.person().id()))
                .toList();
    }
}
