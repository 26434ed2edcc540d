package dev.tsunagari.formats;

import dev.tsunagari.records.NetworkReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tsunagari.http.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Our JSON format, everything the graph holds: {@code {"schemaVersion": 3, "people": [...], "ties": [...],
 * "introductions": [...], "interactions": [...], "accounts": [...]}} with one record a line, the version first.
 * People are exactly what the API returns (their {@code addedBy} and {@code visibility} among it). Ties are what
 * the API returns followed by what they store beyond it ({@link TieRecord}: {@code interactionCount},
 * {@code introducedBy}, {@code introduction}, {@code addedBy}, each only when stored). Introductions
 * ({@link IntroductionRecord}), interactions ({@link InteractionRecord}) and accounts ({@link AccountRecord}, with
 * the SHA-256 of the token, never a token) are every stored property, by id.
 * <p>
 * Each version adds what a reader of the one before would silently drop, so a reader refuses versions it does not
 * know instead of losing part of a backup. Version 1 (empty introductions and interactions) and version 2 (no
 * accounts, ties as the API shows them) are still read as they always were: their ties change no stored-only
 * state and they leave accounts alone.
 */
public final class JsonExport {
    static final int SCHEMA_VERSION = 3;
    static final java.util.Set<Integer> READABLE = java.util.Set.of(1, 2, SCHEMA_VERSION);
    private static final ObjectWriter WRITER = Json.MAPPER.writer();

    private JsonExport() {}

    public static void write(NetworkReader reader, OutputStream out) throws IOException {
        text(out, "{\"schemaVersion\":" + SCHEMA_VERSION + ",\n");
        section(out, "people", reader::people);
        text(out, ",\n");
        section(out, "ties", reader::tieRecords);
        text(out, ",\n");
        section(out, "introductions", reader::introductions);
        text(out, ",\n");
        section(out, "interactions", reader::interactions);
        text(out, ",\n");
        section(out, "accounts", reader::accounts);
        text(out, "}\n");
    }

    /** One named array of the file, its items one a line, as {@code reader} hands them over. */
    private static <T> void section(OutputStream out, String name, Consumer<Consumer<T>> reader) throws IOException {
        text(out, "\"" + name + "\":[");
        Section section = new Section(out);
        reader.accept(section::item);
        text(out, "\n]");
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the items of one array, one a line. */
    private static final class Section {
        private final OutputStream out;
        private boolean first = true;

        Section(OutputStream out) {
            this.out = out;
        }

        void item(Object value) {
            try {
                text(out, first ? "\n" : ",\n");
                first = false;
                out.write(WRITER.writeValueAsBytes(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
