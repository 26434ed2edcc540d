package dev.tsunagari.io;

/** Receives what a {@link Source} reads, record by record, in file order. */
public interface RecordSink {
    void accept(Incoming record);

    /** A record that cannot be imported (the rest of the file still is). */
    void reject(int record, int line, String field, String detail);

    /** A record the source passed over because this read does not want its kind. */
    default void seen(int record) {}
}
