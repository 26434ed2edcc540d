package dev.tsunagari.bulkload;

import dev.tsunagari.records.Stamps;
import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.imports.ReportBuilder;
import dev.tsunagari.imports.PeopleStep;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.people.PersonRules;
import dev.tsunagari.ties.TieRules;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns the records of an import into the CSV files of Neo4j's offline importer, in one pass, checked by the same
 * rules as every other import and with exactly the properties the API stores (tags as a list, their text mirror,
 * HAS_TAG), and what people and ties store beyond it (who added them, visibility, {@link TieState}). What the
 * importer cannot decide (a repeated id or tie, a tie to nobody) is rejected here, with its record. Nodes get
 * numbers as importer ids ({@code --id-type=integer}): the importer maps numbers far faster than strings, and our
 * ids are stored as the {@code id} property as before.
 */
final class BulkFiles implements RecordSink, Closeable {
    /** Separates list items in a cell; a control character, which no checked text can contain. */
    static final String ARRAY_DELIMITER = "\u001F";
    private static final List<String> PERSON_KEYS = List.of("name", "kana", "headline", "organization", "role",
            "location", "tags", "tagsText", "offers", "offersText", "seeks", "seeksText", "notes", "email", "phone", "links",
            "visibility");
    private static final Set<String> LISTS = Set.of("tags", "offers", "seeks", "links");
    private final ReportBuilder report;
    private final String now = Stamps.now();
    private final CSVPrinter people;
    private final CSVPrinter hasTag;
    private final BulkTies ties;
    private final Path dir;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> tags = new LinkedHashMap<>();
    /** Ties read before one of their people: decided at the end, when every person is known. */
    private final List<Incoming.Tie> waiting = new ArrayList<>();
    private int records;
    private int offset;
    private boolean multiline;

    BulkFiles(Path dir, ReportBuilder report) throws IOException {
        this.dir = dir;
        this.report = report;
        List<String> personHeader = new ArrayList<>(List.of(":ID(Person)", "id"));
        PERSON_KEYS.forEach(k -> personHeader.add(LISTS.contains(k) ? k + ":string[]" : k));
        personHeader.addAll(List.of("createdAt", "updatedAt", "addedBy"));
        this.people = printer("people.csv", personHeader);
        this.hasTag = printer("has_tag.csv", List.of(":START_ID(Person)", ":END_ID(Tag)"));
        this.ties = new BulkTies(dir.resolve("ties.csv"));
    }

    /**
     * From now on record numbers continue after the records read so far: a people file and a ties file are
     * numbered as one import, people first, like the sections of our JSON file.
     */
    void continueNumbering() {
        offset = records;
    }

    /** Every record seen, accepted or not: what the report counts and progress is measured against. */
    int records() {
        return records;
    }

    /** Whether a written value holds a line break, which the importer then has to be told to expect. */
    boolean multiline() {
        return multiline || ties.multiline();
    }

    @Override
    public void accept(Incoming record) {
        Incoming numbered = renumber(record);
        if (numbered instanceof Incoming.Tie t && (!ids.containsKey(t.tie().from()) || !ids.containsKey(t.tie().to()))) {
            waiting.add(t);
            return;
        }
        write(numbered);
    }

    @Override
    public void reject(int record, int line, String field, String detail) {
        seen(record);
        report.error(offset + record, line, field, detail, false);
    }

    @Override
    public void seen(int record) {
        records = Math.max(records, offset + record);
    }

    private Incoming renumber(Incoming record) {
        seen(record.record());
        if (offset == 0) {
            return record;
        }
        return record instanceof Incoming.Tie t
                ? new Incoming.Tie(offset + t.record(), t.line(), t.tie(), t.state())
                : record instanceof Incoming.Person p
                        ? new Incoming.Person(offset + p.record(), p.line(), p.person(), p.authoritative(), p.since())
                        : record;
    }

    private void write(Incoming record) {
        try {
            if (record instanceof Incoming.Person p) {
                person(p);
            } else if (record instanceof Incoming.Tie t) {
                tie(t);
            }
        } catch (ApiException e) {
            for (FieldError error : e.errors()) {
                report.error(record.record(), record.line(), error.field(), error.message(), record instanceof Incoming.Tie);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void person(Incoming.Person in) throws IOException {
        PersonInput p = in.person();
        if (p.id() == null) {
            throw ApiException.invalid("id", "is required when loading into an empty database");
        }
        Stamps.check(p.createdAt(), p.updatedAt());
        PeopleStep.checkAddedBy(p);
        Map<String, Object> props = PeopleRepository.properties(PersonRules.check(p.id(), p));
        if (ids.containsKey(p.id())) {
            throw ApiException.invalid("id", p.id() + " appears more than once in the file");
        }
        int node = ids.size();
        ids.put(p.id(), node);
        List<Object> row = new ArrayList<>(PERSON_KEYS.size() + 5);
        row.add(node);
        row.add(p.id());
        for (String key : PERSON_KEYS) {
            Object value = props.get(key);
            row.add(value instanceof List<?> list ? cell(String.join(ARRAY_DELIMITER, list.stream().map(String::valueOf).toList()))
                    : value instanceof String text ? cell(text) : value);
        }
        Stamps.Pair stamps = Stamps.forNew(p.createdAt(), p.updatedAt(), now);
        row.add(stamps.createdAt());
        row.add(stamps.updatedAt());
        row.add(p.addedBy());
        people.printRecord(row);
        @SuppressWarnings("unchecked")
        List<String> personTags = (List<String>) props.getOrDefault("tags", List.of());
        for (String tag : personTags) {
            hasTag.printRecord(node, tags.computeIfAbsent(tag, t -> tags.size()));
        }
        report.person(ReportBuilder.Outcome.CREATED, 1);
    }

    private void tie(Incoming.Tie in) throws IOException {
        Stamps.check(in.tie().createdAt(), in.tie().updatedAt());
        TieRules.Checked t = TieRules.check(in.tie());
        in.state().check();
        Integer from = ids.get(t.from());
        Integer to = ids.get(t.to());
        List<FieldError> missing = new ArrayList<>();
        if (from == null) {
            missing.add(new FieldError("from", "no person with id " + t.from()));
        }
        if (to == null) {
            missing.add(new FieldError("to", "no person with id " + t.to()));
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        ties.write(from, to, t, Stamps.forNew(in.tie().createdAt(), in.tie().updatedAt(), now), in.state());
        report.tie(ReportBuilder.Outcome.CREATED, 1);
    }

    private String cell(String text) {
        if (text != null && !multiline && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            multiline = true;
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        waiting.forEach(this::write);
        waiting.clear();
        people.close();
        hasTag.close();
        ties.close();
        try (CSVPrinter tagNodes = printer("tags.csv", List.of(":ID(Tag)", "name"))) {
            for (Map.Entry<String, Integer> tag : tags.entrySet()) {
                tagNodes.printRecord(tag.getValue(), tag.getKey());
            }
        }
    }

    private CSVPrinter printer(String name, List<String> header) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get());
    }
}
