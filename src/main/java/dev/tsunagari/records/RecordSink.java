package dev.tsunagari.records;

/** Receives what a {@link Source} reads, record by record, in file order. */
public interface RecordSink {
    void accept(Incoming record);

    /** A record that cannot be imported (the rest of the file still is). */
    void reject(int record, int line, String field, String detail);

    /** A rejected record of a named section of a file that holds several kinds (people, ties, introductions…). */
    default void reject(int record, int line, String section, String field, String detail) {
        reject(record, line, field, detail);
    }

    /** A record the source passed over because this read does not want its kind. */
    default void seen(int record) {}
}
