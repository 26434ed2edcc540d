package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.Contexts;
import dev.tsunagari.tiegraph.Ties;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;

/**
 * How people and ties are stored, read through the Core API: the one place the index and the store-backed
 * graph learn a person's fields and a tie's, so the two sources cannot read them differently.
 */
final class Store {
    static final Label PERSON = Label.label("Person");
    static final Label TAG = Label.label("Tag");
    static final RelationshipType KNOWS = RelationshipType.withName("KNOWS");
    static final RelationshipType TRUSTS = RelationshipType.withName("TRUSTS");
    static final RelationshipType FAN_OF = RelationshipType.withName("FAN_OF");
    static final RelationshipType HAS_TAG = RelationshipType.withName("HAS_TAG");
    static final RelationshipType VIA = RelationshipType.withName("VIA");
    static final RelationshipType[] HOPS = {KNOWS, TRUSTS};

    private Store() {}

    /** What a person node says of the person, or null when the node is not a person with an id. */
    record PersonFields(String id, boolean isPrivate, String addedBy, boolean introduces, String[] tags) {}

    static PersonFields person(Node node) {
        if (!node.hasLabel(PERSON)) {
            return null;
        }
        Object id = node.getProperty("id", null);
        if (!(id instanceof String text)) {
            return null;
        }
        Object visibility = node.getProperty("visibility", null);
        Object addedBy = node.getProperty("addedBy", null);
        return new PersonFields(text, "private".equals(visibility), addedBy instanceof String s ? s : null,
                node.getDegree(VIA, Direction.INCOMING) > 0, tags(node.getProperty("tags", null)));
    }

    private static String[] tags(Object value) {
        if (value instanceof String[] array) {
            return Arrays.stream(array).distinct().toArray(String[]::new);
        }
        if (value instanceof String single) {
            return new String[] {single};
        }
        return new String[0];
    }

    /** A KNOWS or TRUSTS tie's fields; strength NaN when missing (such a tie is never usable). */
    static double strength(Relationship r) {
        Object value = r.getProperty("strength", null);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    static byte context(Relationship r) {
        Object value = r.getProperty("context", null);
        return value instanceof String s ? Contexts.code(s) : Contexts.NONE;
    }

    static int day(Relationship r, String key) {
        Object value = r.getProperty(key, null);
        if (value instanceof LocalDate date) {
            return (int) date.toEpochDay();
        }
        if (value instanceof TemporalAccessor t) {
            try {
                return (int) LocalDate.from(t).toEpochDay();
            } catch (RuntimeException e) {
                return Ties.NO_DATE;
            }
        }
        return Ties.NO_DATE;
    }

    static byte type(Relationship r) {
        return r.isType(TRUSTS) ? Ties.TRUSTS : Ties.KNOWS;
    }
}
