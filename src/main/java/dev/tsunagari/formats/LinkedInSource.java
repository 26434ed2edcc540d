package dev.tsunagari.formats;

import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.people.PersonInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * LinkedIn's {@code Connections.csv}: a few "Notes:" lines, then the header below, dates like {@code 12 Nov 2024},
 * and e-mail mostly empty (people choose whether connections may download it). The profile URL is the surest key.
 */
public final class LinkedInSource implements Source {
    static final List<String> HEADER = List.of(
            "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On");
    private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Override
    public void read(Path file, RecordSink sink) throws IOException {
        CsvRows.read(file, cells -> cells.containsAll(HEADER), 10, String.join(",", HEADER), row -> {
            String name = joined(row.get("First Name"), row.get("Last Name"));
            if (name == null) {
                sink.reject(row.record(), row.line(), "First Name", "a connection needs a first or last name");
                return;
            }
            LocalDate since = null;
            String connectedOn = row.get("Connected On");
            if (connectedOn != null) {
                try {
                    since = LocalDate.parse(connectedOn, CONNECTED_ON);
                } catch (DateTimeParseException e) {
                    sink.reject(row.record(), row.line(), "Connected On", "must be a date like 12 Nov 2024, got " + connectedOn);
                    return;
                }
            }
            String url = row.get("URL");
            PersonInput person = new PersonInput(null, name, null, null, row.get("Company"), row.get("Position"),
                    null, null, null, null, null, row.get("Email Address"), null, url == null ? null : List.of(url),
                    null, null);
            sink.accept(new Incoming.Person(row.record(), row.line(), person, false, since));
        });
    }

    /** Japanese names read family name first (佐藤 健), others given name first (Aiko Tanaka). */
    private static String joined(String first, String last) {
        String given = first == null ? "" : first;
        String family = last == null ? "" : last;
        boolean japanese = (given + family).codePoints().anyMatch(VCardMapping::isCjk);
        String name = (japanese ? family + " " + given : given + " " + family).strip();
        return name.isEmpty() ? null : name;
    }
}
