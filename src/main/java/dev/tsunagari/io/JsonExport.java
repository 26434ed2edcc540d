package dev.tsunagari.io;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tsunagari.http.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Our JSON format, everything the graph holds: {@code {"schemaVersion": 2, "people": [...], "ties": [...],
 * "introductions": [...], "interactions": [...]}} with one record a line. People and ties are exactly what the
 * API returns; introductions ({@link IntroductionRecord}) and interactions ({@link InteractionRecord}) are every
 * stored property, by id. Version 2 is the first whose introductions and interactions are filled: a reader of
 * version 1 would drop them (a backup that silently loses the history), so it refuses the file instead. Version 1
 * files, whose two arrays were always empty, are still read.
 */
final class JsonExport {
    static final int SCHEMA_VERSION = 2;
    static final java.util.Set<Integer> READABLE = java.util.Set.of(1, SCHEMA_VERSION);
    private static final ObjectWriter WRITER = Json.MAPPER.writer();

    private JsonExport() {}

    static void write(ExportReader reader, OutputStream out) throws IOException {
        text(out, "{\"schemaVersion\":" + SCHEMA_VERSION + ",\n\"people\":[");
        Section people = new Section(out);
        reader.people(people::item);
        text(out, "\n],\n\"ties\":[");
        Section ties = new Section(out);
        reader.ties(ties::item);
        text(out, "\n],\n\"introductions\":[");
        Section introductions = new Section(out);
        reader.introductions(introductions::item);
        text(out, "\n],\n\"interactions\":[");
        Section interactions = new Section(out);
        reader.interactions(interactions::item);
        text(out, "\n]}\n");
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
