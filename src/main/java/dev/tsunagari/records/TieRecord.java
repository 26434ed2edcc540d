package dev.tsunagari.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.ties.Tie;
import dev.tsunagari.ties.TieInput;
import dev.tsunagari.ties.TiesRepository;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

/**
 * A tie as the JSON export writes it from version 3 on: the fields the ties routes return, in their order, then
 * the stored-only ones ({@link TieState}). A reader that knows only the API's tie sees a tie with four fields more.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TieRecord(String from, String to, String type, Double strength, String context, String since,
        String lastContact, String note, String createdAt, String updatedAt, Number interactionCount,
        String introducedBy, String introduction, String addedBy) {

    /** A row of {@code import/export_ties}: the tie as the API maps it, plus its stored-only properties. */
    public static TieRecord of(Record row) {
        Tie t = TiesRepository.asTie(row);
        Relationship r = row.get("r").asRelationship();
        Value count = r.get("interactionCount");
        return new TieRecord(t.from(), t.to(), t.type(), t.strength(), t.context(), t.since(), t.lastContact(),
                t.note(), t.createdAt(), t.updatedAt(), count.isNull() ? null : count.asLong(),
                text(r.get("introducedBy")), text(r.get("introduction")), text(r.get("addedBy")));
    }

    /** What the API's rules check. */
    public TieInput input() {
        return new TieInput(from, to, type, strength, context, since, lastContact, note, createdAt, updatedAt);
    }

    /** What the tie stores beyond the API's fields. */
    public TieState state() {
        boolean none = interactionCount == null && introducedBy == null && introduction == null && addedBy == null;
        return none ? TieState.NONE : new TieState(interactionCount, introducedBy, introduction, addedBy);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
