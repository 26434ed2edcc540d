package dev.tsunagari.io;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Turns the records of our JSON file into the CSV files of Neo4j's offline importer, checked by the same rules as
 * every other import and with exactly the properties the API stores (tags as a list, their text mirror, HAS_TAG).
 * What the importer cannot decide (a repeated id or tie, a tie to nobody) is rejected here, with its record.
 */
final class BulkFiles implements RecordSink, Closeable {
    /** Separates list items in a cell; a control character, which no checked text can contain. */
    static final String ARRAY_DELIMITER = "\u001F";
    private static final List<String> PERSON_KEYS = List.of("name", "kana", "headline", "organization", "role",
            "location", "tags", "tagsText", "offers", "offersText", "seeks", "seeksText", "notes", "email", "phone", "links");
    private static final Set<String> LISTS = Set.of("tags", "offers", "seeks", "links");
    private final Path dir;
    private final ReportBuilder report;
    private final String now = Stamps.now();
    private final CSVPrinter people;
    private final CSVPrinter hasTag;
    private final CSVPrinter ties;
    private final Set<String> ids = new HashSet<>();
    private final Set<String> tags = new HashSet<>();
    private final Set<String> tieKeys = new HashSet<>();

    BulkFiles(Path dir, ReportBuilder report) throws IOException {
        this.dir = dir;
        this.report = report;
        List<String> personHeader = new ArrayList<>(List.of("id:ID(Person)"));
        PERSON_KEYS.forEach(k -> personHeader.add(LISTS.contains(k) ? k + ":string[]" : k));
        personHeader.addAll(List.of("createdAt", "updatedAt"));
        this.people = printer("people.csv", personHeader);
        this.hasTag = printer("has_tag.csv", List.of(":START_ID(Person)", ":END_ID(Tag)"));
        this.ties = printer("ties.csv", List.of(":START_ID(Person)", ":END_ID(Person)", ":TYPE", "strength:double",
                "context", "since:date", "lastContact:date", "note", "createdAt", "updatedAt"));
    }

    Path dir() {
        return dir;
    }

    @Override
    public void accept(Incoming record) {
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

    @Override
    public void reject(int record, int line, String field, String detail) {
        report.error(record, line, field, detail, false);
    }

    private void person(Incoming.Person in) throws IOException {
        PersonInput p = in.person();
        if (p.id() == null) {
            throw ApiException.invalid("id", "is required when loading into an empty database");
        }
        Stamps.check(p.createdAt(), p.updatedAt());
        Map<String, Object> props = PeopleRepository.properties(PersonRules.check(p.id(), p));
        if (!ids.add(p.id())) {
            throw ApiException.invalid("id", p.id() + " appears more than once in the file");
        }
        List<Object> row = new ArrayList<>(List.of(p.id()));
        for (String key : PERSON_KEYS) {
            Object value = props.get(key);
            row.add(value instanceof List<?> list ? String.join(ARRAY_DELIMITER, list.stream().map(String::valueOf).toList()) : value);
        }
        Stamps.Pair stamps = Stamps.forNew(p.createdAt(), p.updatedAt(), now);
        row.add(stamps.createdAt());
        row.add(stamps.updatedAt());
        people.printRecord(row);
        @SuppressWarnings("unchecked")
        List<String> personTags = (List<String>) props.getOrDefault("tags", List.of());
        for (String tag : personTags) {
            tags.add(tag);
            hasTag.printRecord(p.id(), tag);
        }
        report.person(ReportBuilder.Outcome.CREATED, 1);
    }

    private void tie(Incoming.Tie in) throws IOException {
        Stamps.check(in.tie().createdAt(), in.tie().updatedAt());
        TieRules.Checked t = TieRules.check(in.tie());
        List<FieldError> missing = new ArrayList<>();
        if (!ids.contains(t.from())) {
            missing.add(new FieldError("from", "no person with id " + t.from()));
        }
        if (!ids.contains(t.to())) {
            missing.add(new FieldError("to", "no person with id " + t.to()));
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        boolean swap = t.type().name().equals("KNOWS") && t.from().compareTo(t.to()) > 0;
        if (!tieKeys.add(t.type() + "|" + (swap ? t.to() : t.from()) + "|" + (swap ? t.from() : t.to()))) {
            throw ApiException.invalid("to", "this tie appears more than once in the file");
        }
        Stamps.Pair stamps = Stamps.forNew(in.tie().createdAt(), in.tie().updatedAt(), now);
        ties.printRecord(t.from(), t.to(), t.type().name(), t.strength(), t.context(), t.since(), t.lastContact(),
                t.note(), stamps.createdAt(), stamps.updatedAt());
        report.tie(ReportBuilder.Outcome.CREATED, 1);
    }

    @Override
    public void close() throws IOException {
        people.close();
        hasTag.close();
        ties.close();
        try (CSVPrinter tagNodes = printer("tags.csv", List.of("name:ID(Tag)"))) {
            for (String tag : tags) {
                tagNodes.printRecord(tag);
            }
        }
    }

    private CSVPrinter printer(String name, List<String> header) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get());
    }
}
