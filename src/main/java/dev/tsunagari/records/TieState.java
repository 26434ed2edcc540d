package dev.tsunagari.records;

import dev.tsunagari.http.Validation;
import java.util.List;
import java.util.Map;

/**
 * What a tie stores beyond what the API shows, and a restore must not lose: how many interactions the two have had
 * ({@code interactionCount}, which scoring reads), who introduced them and through which introduction
 * ({@code introducedBy}, {@code introduction}), and the account that added the tie ({@code addedBy}, which
 * object-level authorisation reads). Each is optional: a field a record leaves out keeps the stored value, so
 * files written before version 3 change none of it.
 */
public record TieState(Number interactionCount, String introducedBy, String introduction, String addedBy) {
    static final TieState NONE = new TieState(null, null, null, null);
    static final List<String> KEYS = List.of("interactionCount", "introducedBy", "introduction", "addedBy");

    /** Throws a 400 naming each field at fault: the count a whole number, 0 or more; ids well-formed. */
    public void check() {
        if (this == NONE) {
            // Most ties of a large file carry none of it: no checking, no allocation.
            return;
        }
        Validation v = new Validation();
        if (interactionCount != null && count() < 0) {
            v.add("interactionCount", "must be a whole number, 0 or more");
        }
        RecordFields.id(v, "introducedBy", introducedBy, false);
        RecordFields.id(v, "introduction", introduction, false);
        RecordFields.id(v, "addedBy", addedBy, false);
        v.throwIfInvalid();
    }

    /** Adds the fields this state holds to a tie's properties; for each it lacks, keeps {@code stored}'s value. */
    public void into(Map<String, Object> props, Map<String, Object> stored) {
        Object[] values = {interactionCount == null ? null : count(), introducedBy, introduction, addedBy};
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] != null ? values[i] : stored.get(KEYS.get(i));
            if (value != null) {
                props.put(KEYS.get(i), value);
            }
        }
    }

    /** The count as stored, or -1 when it is no whole number (JSON gives Integer, Long, BigInteger or Double). */
    public long count() {
        boolean whole = interactionCount instanceof Integer || interactionCount instanceof Long;
        return whole ? interactionCount.longValue() : -1;
    }
}
