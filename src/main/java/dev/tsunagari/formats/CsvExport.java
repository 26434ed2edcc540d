package dev.tsunagari.formats;

import dev.tsunagari.records.NetworkReader;
import dev.tsunagari.people.Person;
import dev.tsunagari.ties.Tie;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Our two CSV files (columns in {@link CsvColumns}): people, or ties. Reads back with the CSV importer. */
public final class CsvExport {
    private CsvExport() {}

    public static void write(NetworkReader reader, ImportFormat.CsvKind kind, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = kind == ImportFormat.CsvKind.TIES ? CsvColumns.TIES : CsvColumns.PEOPLE;
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        if (kind == ImportFormat.CsvKind.TIES) {
            reader.ties(t -> print(printer, tie(t)));
        } else {
            reader.people(p -> print(printer, person(p)));
        }
        printer.flush();
    }

    private static List<String> person(Person p) {
        return cells(p.id(), p.name(), p.kana(), p.headline(), p.organization(), p.role(), p.location(),
                CsvColumns.cell(p.tags()), CsvColumns.cell(p.offers()), CsvColumns.cell(p.seeks()), p.notes(),
                p.email(), p.phone(), CsvColumns.cell(p.links()), p.createdAt(), p.updatedAt(), p.visibility(),
                p.addedBy());
    }

    private static List<String> tie(Tie t) {
        return cells(t.from(), t.to(), t.type(), Double.toString(t.strength()), t.context(), t.since(),
                t.lastContact(), t.note(), t.createdAt(), t.updatedAt());
    }

    private static List<String> cells(String... values) {
        List<String> cells = new ArrayList<>();
        for (String value : values) {
            cells.add(value == null ? "" : value);
        }
        return cells;
    }

    private static void print(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
