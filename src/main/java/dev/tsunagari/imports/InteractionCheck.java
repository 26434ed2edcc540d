package dev.tsunagari.imports;

import dev.tsunagari.records.RecordFields;
import dev.tsunagari.records.InteractionRecord;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Validation;
import dev.tsunagari.interactions.InteractionRules;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an imported interaction must be before it is stored: ids of two different people, a known kind (the list
 * of InteractionRules), a date and a timestamp. A record that fails throws {@link ApiException} naming its fields.
 */
final class InteractionCheck {
    private static final List<String> KINDS = InteractionRules.KINDS;

    private InteractionCheck() {}

    /** The properties to store for a valid interaction; {@code at} as a date. */
    static Map<String, Object> interaction(InteractionRecord in) {
        Validation v = new Validation();
        RecordFields.id(v, "id", in.id(), true);
        RecordFields.id(v, "by", in.by(), true);
        RecordFields.id(v, "with", in.with(), true);
        if (in.by() != null && in.by().equals(in.with())) {
            v.add("with", "must be someone else than by");
        }
        LocalDate at = RecordFields.date(v, "at", in.at(), true);
        if (!KINDS.contains(in.kind())) {
            v.add("kind", "must be one of " + String.join(", ", KINDS));
        }
        RecordFields.timestamp(v, "createdAt", in.createdAt(), true);
        v.throwIfInvalid();
        Map<String, Object> props = new HashMap<>();
        props.put("id", in.id());
        props.put("at", at);
        props.put("kind", in.kind());
        props.put("note", in.note());
        props.put("createdAt", in.createdAt());
        return props;
    }
}
