package dev.tsunagari.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts an import as it runs. Synchronized because a job's progress is read by HTTP threads while the import
 * writes; the error list is capped so a million bad rows cannot fill the memory.
 */
final class ReportBuilder {
    static final int MAX_ERRORS = 1000;
    private final List<ImportReport.RecordError> errors = new ArrayList<>();
    private final List<ImportReport.Merge> merges = new ArrayList<>();
    private final int[] people = new int[4];
    private final int[] ties = new int[4];
    private int lastRejected;
    private int errorsOmitted;
    private int records;

    enum Outcome { CREATED, UPDATED, MERGED, SKIPPED }

    synchronized void person(Outcome outcome, int count) {
        people[outcome.ordinal()] += count;
    }

    synchronized void tie(Outcome outcome, int count) {
        ties[outcome.ordinal()] += count;
    }

    synchronized void merge(int record, String id, String by) {
        merges.add(new ImportReport.Merge(record, id, by));
    }

    /** A rejected record; the errors of one record arrive together and count it once. */
    synchronized void error(int record, int line, String field, String detail, boolean isTie) {
        if (record != lastRejected) {
            lastRejected = record;
            (isTie ? ties : people)[Outcome.SKIPPED.ordinal()]++;
        }
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportReport.RecordError(record, line > 0 ? line : null, field, detail));
        } else {
            errorsOmitted++;
        }
    }

    synchronized void records(int total) {
        records = total;
    }

    synchronized ImportReport build() {
        int[] sum = new int[4];
        for (int i = 0; i < 4; i++) {
            sum[i] = people[i] + ties[i];
        }
        List<ImportReport.RecordError> sorted = errors.stream()
                .sorted(Comparator.comparingInt(ImportReport.RecordError::record)).toList();
        return new ImportReport(records, sum[0], sum[1], sum[2], sum[3], sorted, errorsOmitted,
                List.copyOf(merges), counts(people), counts(ties));
    }

    private static ImportReport.Counts counts(int[] c) {
        return new ImportReport.Counts(c[0], c[1], c[2], c[3]);
    }
}
