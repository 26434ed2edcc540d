package dev.tsunagari.imports;

import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.Incoming;

/** Counts the records of the checking read, which is what an import's progress is measured against. */
public final class RecordCounter implements RecordSink {
    private int records;

    int records() {
        return records;
    }

    @Override
    public void accept(Incoming record) {
        records = Math.max(records, record.record());
    }

    @Override
    public void reject(int record, int line, String field, String detail) {
        records = Math.max(records, record);
    }

    @Override
    public void seen(int record) {
        records = Math.max(records, record);
    }
}
