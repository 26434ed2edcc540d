package dev.tsunagari.formats;

import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.people.PersonInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Our people CSV: a header naming columns from {@link CsvColumns#PEOPLE}; a row with an id is authoritative. */
public final class CsvPeopleSource implements Source {
    private static final Set<String> REQUIRED = Set.of("name");

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        CsvRows.read(file, cells -> CsvColumns.isHeader(cells, CsvColumns.PEOPLE, REQUIRED), 0,
                CsvColumns.describe(CsvColumns.PEOPLE, REQUIRED), row -> {
                    PersonInput person = new PersonInput(row.get("id"), row.get("name"), row.get("kana"),
                            row.get("headline"), row.get("organization"), row.get("role"), row.get("location"),
                            CsvColumns.list(row.get("tags")), CsvColumns.list(row.get("offers")),
                            CsvColumns.list(row.get("seeks")), row.get("notes"), row.get("email"), row.get("phone"),
                            CsvColumns.list(row.get("links")), row.get("createdAt"), row.get("updatedAt"),
                            row.get("visibility"), row.get("addedBy"));
                    sink.accept(new Incoming.Person(row.record(), row.line(), person, person.id() != null, null));
                });
    }
}
