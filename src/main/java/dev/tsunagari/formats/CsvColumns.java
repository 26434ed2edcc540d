package dev.tsunagari.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The columns of our own CSV files, shared by import and export so the two cannot drift apart. A list (tags,
 * offers, seeks, links) is one cell with one item a line, which spreadsheets show as it is and no item can contain.
 */
final class CsvColumns {
    static final List<String> PEOPLE = List.of("id", "name", "kana", "headline", "organization", "role", "location",
            "tags", "offers", "seeks", "notes", "email", "phone", "links", "createdAt", "updatedAt", "visibility", "addedBy");
    static final List<String> TIES = List.of("from", "to", "type", "strength", "context", "since", "lastContact",
            "note", "createdAt", "updatedAt");

    private CsvColumns() {}

    /** A header is ours when it names only our columns, each once, and the required ones. */
    static boolean isHeader(List<String> cells, List<String> known, Set<String> required) {
        return cells.size() == Set.copyOf(cells).size() && known.containsAll(cells) && cells.containsAll(required);
    }

    static String describe(List<String> known, Set<String> required) {
        return "columns from " + String.join(",", known) + " including " + String.join(",", required.stream().sorted().toList());
    }

    static List<String> list(String cell) {
        return cell == null ? null : Arrays.stream(cell.split("\r?\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String cell(List<String> items) {
        return items == null || items.isEmpty() ? "" : String.join("\n", items);
    }
}
