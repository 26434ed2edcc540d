package dev.tsunagari.imports;

import dev.tsunagari.http.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The people an imported introduction or interaction names must be stored: they are looked up once per batch
 * (adding to what the import already knows is present), and each record learns which of its fields name nobody.
 */
final class HistoryPeople {
    private HistoryPeople() {}

    /** Looks up, in one read, those of {@code ids} the import does not yet know to be present. */
    static void learn(ImportState state, Stream<String> ids) {
        List<String> unknown = ids.filter(id -> !state.present.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            state.present.addAll(state.store.existing(unknown));
        }
    }

    /** Pairs of field and id; an error for each id that is not a stored person. */
    static List<FieldError> missing(ImportState state, String... fieldsAndIds) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < fieldsAndIds.length; i += 2) {
            if (!state.present.contains(fieldsAndIds[i + 1])) {
                errors.add(new FieldError(fieldsAndIds[i], "no person with id " + fieldsAndIds[i + 1]));
            }
        }
        return errors;
    }
}
