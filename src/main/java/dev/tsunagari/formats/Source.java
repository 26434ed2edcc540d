package dev.tsunagari.formats;

import dev.tsunagari.records.RecordSink;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one import format. A source must be able to read the same file twice: the importer first reads it
 * without writing anything, so that a broken file ({@link BrokenFile}) changes nothing, then reads it to import.
 */
public interface Source {
    /** Hands every record of the file to the sink; throws {@link BrokenFile} when the file as a whole is unusable. */
    void read(Path file, RecordSink sink) throws IOException;
}
