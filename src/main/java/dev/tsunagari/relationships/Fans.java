package dev.tsunagari.relationships;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.introductions.PersonRef;
import dev.tsunagari.privacy.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * The personal fan club: people who know you, like you and trust you. A fan has a FAN_OF or TRUSTS tie toward
 * the person, or made two or more of the introductions they took part in ({@code introduced}). {@code since}
 * is the earliest of these; fans of {@value #LONG_STANDING_MONTHS} months or more are marked, since they are
 * the ones who kept the person in mind. Longest-standing first.
 */
final class Fans {
    static final int LONG_STANDING_MONTHS = 6;
    private final Graph graph;
    private final Cypher fans;

    Fans(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.fans = cypher.get("relationships/fans");
    }

    /** One fan: why they count, since when, and whether for six months or more. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fan(PersonRef person, List<String> reasons, String since, int introductions, boolean sixMonthsOrMore) {}

    /** The fans {@code caller} may see: the statement leaves hidden people out. */
    List<Fan> of(String id, LocalDate today, Caller caller) {
        LocalDate longStanding = today.minusMonths(LONG_STANDING_MONTHS);
        Map<String, Object> params = Visibility.parameters(caller);
        params.put("id", id);
        return graph.read(tx -> Graph.run(tx, fans, params).list(row -> {
            Value since = row.get("since");
            LocalDate date = since.isNull() ? null : since.asLocalDate();
            return new Fan(Refs.of(row.get("person")), row.get("reasons").asList(Value::asString).stream().sorted().toList(),
                    date == null ? null : date.toString(), row.get("introductions").asInt(),
                    date != null && !date.isAfter(longStanding));
        }));
    }
}
