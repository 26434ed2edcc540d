package dev.tsunagari.formats;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with commons-csv and holds it to its header: every row must have exactly the header's cells,
 * because a short row is what a truncated download looks like and a cell in the wrong column would put a company
 * into someone's name. Encoding and quoting failures become a {@link BrokenFile} with the line.
 */
final class CsvRows {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRows() {}

    /** One data row: its cells by header name, its number among the data rows and the line it starts on. */
    record Row(Map<String, String> cells, int record, int line) {
        /** The cell stripped, or null when it is empty or the column is absent. */
        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * Reads the rows after the header. The header is the first record for which {@code isHeader} holds, within the
     * first {@code preambleLimit + 1} records; {@code expected} describes it when it is not found.
     */
    static void read(Path file, Predicate<List<String>> isHeader, int preambleLimit, String expected,
            Consumer<Row> each) throws IOException {
        try (Reader reader = TextFiles.utf8(file); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = null;
            int records = 0;
            int data = 0;
            long lineAfterPrevious = 1;
            for (CSVRecord row : parser) {
                int line = (int) lineAfterPrevious;
                lineAfterPrevious = parser.getCurrentLineNumber() + 1;
                records++;
                List<String> cells = row.toList().stream().map(String::strip).toList();
                if (header == null) {
                    if (isHeader.test(cells)) {
                        header = cells;
                    } else if (records > preambleLimit) {
                        throw new BrokenFile(line, "wrong header: expected " + expected + ", found "
                                + String.join(",", cells));
                    }
                    continue;
                }
                if (row.size() != header.size()) {
                    throw new BrokenFile(line, "has " + row.size() + " cells where the header has " + header.size()
                            + ": the line is cut short or split (a truncated file?)");
                }
                Map<String, String> byName = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    byName.put(header.get(i), row.get(i));
                }
                each.accept(new Row(byName, ++data, line));
            }
            if (header == null) {
                throw new BrokenFile(0, "wrong header: expected " + expected + ", found none");
            }
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (CharacterCodingException e) {
            throw unreadable(file, e);
        }
    }

    private static BrokenFile unreadable(Path file, IOException e) throws IOException {
        if (e instanceof CharacterCodingException) {
            return new BrokenFile(TextFiles.firstBadUtf8Line(file), "is not valid UTF-8 text");
        }
        return new BrokenFile(0, "cannot be read as CSV: " + e.getMessage());
    }
}
