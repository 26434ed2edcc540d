package dev.tsunagari.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts an import as it runs. Synchronized because a job's progress is read by HTTP threads while the import
 * writes; the error list is capped so a million bad rows cannot fill the memory.
 */
public final class ReportBuilder {
    static final int MAX_ERRORS = 1000;
    private final List<ImportReport.RecordError> errors = new ArrayList<>();
    private final List<ImportReport.Merge> merges = new ArrayList<>();
    private final int[][] counts = new int[Kind.values().length][4];
    private int lastRejected;
    private int errorsOmitted;
    private int records;

    public enum Outcome { CREATED, UPDATED, MERGED, SKIPPED }

    /** The kinds of record a file holds, each counted on its own in the report. */
    enum Kind { PEOPLE, TIES, INTRODUCTIONS, INTERACTIONS, ACCOUNTS;

        static Kind ofSection(String section) {
            return valueOf(section.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public synchronized void person(Outcome outcome, int count) {
        count(Kind.PEOPLE, outcome, count);
    }

    public synchronized void tie(Outcome outcome, int count) {
        count(Kind.TIES, outcome, count);
    }

    synchronized void count(Kind kind, Outcome outcome, int count) {
        counts[kind.ordinal()][outcome.ordinal()] += count;
    }

    synchronized void merge(int record, String id, String by) {
        merges.add(new ImportReport.Merge(record, id, by));
    }

    /** A rejected record; the errors of one record arrive together and count it once. */
    public synchronized void error(int record, int line, String field, String detail, boolean isTie) {
        error(record, line, field, detail, isTie ? Kind.TIES : Kind.PEOPLE);
    }

    public synchronized void error(int record, int line, String field, String detail, Kind kind) {
        if (record != lastRejected) {
            lastRejected = record;
            counts[kind.ordinal()][Outcome.SKIPPED.ordinal()]++;
        }
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportReport.RecordError(record, line > 0 ? line : null, field, detail));
        } else {
            errorsOmitted++;
        }
    }

    public synchronized void records(int total) {
        records = total;
    }

    public synchronized ImportReport build() {
        int[] sum = new int[4];
        for (int[] kind : counts) {
            for (int i = 0; i < 4; i++) {
                sum[i] += kind[i];
            }
        }
        List<ImportReport.RecordError> sorted = errors.stream()
                .sorted(Comparator.comparingInt(ImportReport.RecordError::record)).toList();
        return new ImportReport(records, sum[0], sum[1], sum[2], sum[3], sorted, errorsOmitted,
                List.copyOf(merges), counts(Kind.PEOPLE), counts(Kind.TIES), counts(Kind.INTRODUCTIONS),
                counts(Kind.INTERACTIONS), counts(Kind.ACCOUNTS));
    }

    private ImportReport.Counts counts(Kind kind) {
        int[] c = counts[kind.ordinal()];
        return new ImportReport.Counts(c[0], c[1], c[2], c[3]);
    }
}
