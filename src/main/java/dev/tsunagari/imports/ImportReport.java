package dev.tsunagari.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What an import did, record by record: a report, not an exception. {@code created}, {@code updated},
 * {@code merged} and {@code skipped} add up people, ties, introductions, interactions and accounts; {@code skipped} counts records that changed nothing
 * (already stored as they are) and rejected ones, each of which is also listed in {@code errors}.
 */
public record ImportReport(
        int records,
        int created,
        int updated,
        int merged,
        int skipped,
        List<RecordError> errors,
        int errorsOmitted,
        List<Merge> merges,
        Counts people,
        Counts ties,
        Counts introductions,
        Counts interactions,
        Counts accounts) {

    /** A rejected record: its number in the file, its line where known, the field and what is wrong. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordError(int record, Integer line, String field, String detail) {}

    /** A contact that was found already stored, and merged into that person: by id, email, linkedin or name+organization. */
    public record Merge(int record, String id, String by) {}

    /** Counts of one kind of record. */
    public record Counts(int created, int updated, int merged, int skipped) {}
}
