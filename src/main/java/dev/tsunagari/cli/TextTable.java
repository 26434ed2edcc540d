package dev.tsunagari.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns as wide as their widest cell in display columns (see
 * {@link DisplayWidth}), two spaces apart, a rule under the header. The last column is not padded, so a long
 * explanation there runs on instead of pushing every line out.
 */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header) {
        this.header = header;
    }

    void row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("a row has " + cells.size() + " cells, the header " + header.size());
        }
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (List<String> line : allLines()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(line.get(i)));
            }
        }
        line(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            // The last column runs on, so its rule is as long as its heading.
            rule.add("-".repeat(i == widths.length - 1 ? DisplayWidth.of(header.get(i)) : widths[i]));
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        out.flush();
    }

    private List<List<String>> allLines() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean last = i == cells.size() - 1;
            text.append(last ? cells.get(i) : DisplayWidth.pad(cells.get(i), widths[i]) + "  ");
        }
        out.println(text.toString().stripTrailing());
    }
}
