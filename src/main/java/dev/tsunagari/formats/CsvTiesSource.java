package dev.tsunagari.formats;

import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.ties.TieInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Our ties CSV: a header naming columns from {@link CsvColumns#TIES}; people are named by id. */
public final class CsvTiesSource implements Source {
    private static final Set<String> REQUIRED = Set.of("from", "to", "type");

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        CsvRows.read(file, cells -> CsvColumns.isHeader(cells, CsvColumns.TIES, REQUIRED), 0,
                CsvColumns.describe(CsvColumns.TIES, REQUIRED), row -> {
                    Double strength = null;
                    String rawStrength = row.get("strength");
                    if (rawStrength != null) {
                        try {
                            strength = Double.valueOf(rawStrength);
                        } catch (NumberFormatException e) {
                            sink.reject(row.record(), row.line(), "strength", "must be a number from 0 to 1, got " + rawStrength);
                            return;
                        }
                    }
                    TieInput tie = new TieInput(row.get("from"), row.get("to"), row.get("type"), strength,
                            row.get("context"), row.get("since"), row.get("lastContact"), row.get("note"),
                            row.get("createdAt"), row.get("updatedAt"));
                    sink.accept(new Incoming.Tie(row.record(), row.line(), tie));
                });
    }
}
