package dev.tsunagari.bulkload;

import dev.tsunagari.records.TieState;
import dev.tsunagari.records.Stamps;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.ties.TieRules;
import dev.tsunagari.ties.TieType;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ties file of a bulk load, written row by row without a CSV library: every cell but the note is a number, a
 * name from a fixed list, a date, a checked timestamp or a checked id, none of which can hold a comma or a quote,
 * and a million rows through a general printer cost more than the importer spends storing them. Refuses a tie the
 * file already had, remembered as two node numbers in a {@link LongSet} per type.
 */
final class BulkTies implements Closeable {
    static final String HEADER = ":START_ID(Person),:END_ID(Person),:TYPE,strength:double,context,since:date,"
            + "lastContact:date,note,createdAt,updatedAt,interactionCount:long,introducedBy,introduction,addedBy\n";
    private final Writer out;
    private final LongSet[] written = new LongSet[TieType.values().length];
    private final StringBuilder row = new StringBuilder(160);
    private boolean multiline;

    BulkTies(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        for (int i = 0; i < written.length; i++) {
            written[i] = new LongSet();
        }
        out.write(HEADER);
    }

    /** Writes the tie between the nodes numbered {@code from} and {@code to}, or refuses a repeat. */
    void write(int from, int to, TieRules.Checked t, Stamps.Pair stamps, TieState state) throws IOException {
        // KNOWS has no direction: a-b and b-a are the same tie.
        boolean either = t.type() == TieType.KNOWS;
        long low = either ? Math.min(from, to) : from;
        long high = either ? Math.max(from, to) : to;
        if (!written[t.type().ordinal()].add(low << 32 | high)) {
            throw ApiException.invalid("to", "this tie appears more than once in the file");
        }
        row.setLength(0);
        row.append(from).append(',').append(to).append(',').append(t.type().name()).append(',').append(t.strength())
                .append(',');
        if (t.context() != null) {
            row.append(t.context());
        }
        row.append(',');
        if (t.since() != null) {
            row.append(t.since());
        }
        row.append(',');
        if (t.lastContact() != null) {
            row.append(t.lastContact());
        }
        row.append(',');
        if (t.note() != null) {
            multiline |= t.note().indexOf('\n') >= 0 || t.note().indexOf('\r') >= 0;
            row.append('"').append(t.note().replace("\"", "\"\"")).append('"');
        }
        row.append(',');
        text(stamps.createdAt());
        row.append(',');
        text(stamps.updatedAt());
        row.append(',');
        if (state.interactionCount() != null) {
            row.append(state.count());
        }
        row.append(',');
        optional(state.introducedBy());
        row.append(',');
        optional(state.introduction());
        row.append(',');
        optional(state.addedBy());
        row.append('\n');
        out.append(row);
    }

    /** A timestamp the importer reads as it is; quoted only if it could be misread (it cannot, once checked). */
    private void text(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            row.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            row.append(value);
        }
    }

    /** A checked id, or nothing: letters, digits and . _ : @ - only, so there is nothing to quote. */
    private void optional(String id) {
        if (id != null) {
            row.append(id);
        }
    }

    /** Whether a note holds a line break, which the importer then has to be told to expect. */
    boolean multiline() {
        return multiline;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
