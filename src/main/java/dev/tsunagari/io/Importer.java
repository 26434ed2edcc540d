package dev.tsunagari.io;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Imports one file. It reads the file once without writing (a broken file throws {@link BrokenFile} and changes
 * nothing, and the count of records drives the progress), then reads it again and writes in batches: people
 * first, then ties, so a tie may name a person who comes later in the same file.
 */
public final class Importer {
    static final int PEOPLE_BATCH = 5_000;
    static final int TIES_BATCH = 20_000;
    private final ImportStore store;

    public Importer(Graph graph, CypherFiles files) {
        this.store = new ImportStore(graph, files);
    }

    /** What to import: the format, for CSV which file, and whose contacts these are (LinkedIn and vCard). */
    public record Options(ImportFormat format, ImportFormat.CsvKind kind, String owner) {
        /** How the owner knows contacts from this format: LinkedIn connections met online; a phone says nothing. */
        String ownerContext() {
            return format == ImportFormat.LINKEDIN ? "online" : null;
        }
    }

    /** Told how far an import has got; called from the importing thread after every batch. */
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> {};
    }

    /** The owner must be a stored person: a 422 otherwise, before any byte of the file is read. */
    public void checkOwner(Options options) {
        if (options.owner() != null && store.existing(List.of(options.owner())).isEmpty()) {
            throw ApiException.unprocessable("owner", "no person with id " + options.owner());
        }
    }

    public ImportReport run(Path file, Options options, Progress progress) throws IOException {
        checkOwner(options);
        Counter counter = new Counter();
        checkingSource(options).read(file, counter);
        ReportBuilder report = new ReportBuilder();
        report.records(counter.records);
        progress.update(0, counter.records);
        ImportState state = new ImportState(store, report, options);
        List<Source> sources = importingSources(options);
        for (int i = 0; i < sources.size(); i++) {
            boolean ties = options.kind() == ImportFormat.CsvKind.TIES || (options.format() == ImportFormat.JSON && i == 1);
            Source source = sources.get(i);
            Batches batches = new Batches(state, ties, counter.records, progress);
            source.read(file, batches);
            batches.flush();
        }
        return report.build();
    }

    private static Source checkingSource(Options options) {
        return options.format() == ImportFormat.JSON ? new JsonSource(Set.of()) : importingSources(options).get(0);
    }

    private static List<Source> importingSources(Options options) {
        return switch (options.format()) {
            case LINKEDIN -> List.of(new LinkedInSource());
            case VCARD -> List.of(new VCardSource());
            case CSV -> List.of(options.kind() == ImportFormat.CsvKind.TIES ? new CsvTiesSource() : new CsvPeopleSource());
            case JSON -> List.of(new JsonSource(Set.of("people")),
                    new JsonSource(Set.of("ties", "introductions", "interactions")));
        };
    }

    /** Counts the records of the checking read. */
    private static final class Counter implements RecordSink {
        int records;

        @Override
        public void accept(Incoming record) {
            records = Math.max(records, record.record());
        }

        @Override
        public void reject(int record, int line, String field, String detail) {
            records = Math.max(records, record);
        }

        @Override
        public void seen(int record) {
            records = Math.max(records, record);
        }
    }

    /** Collects records into batches and hands full ones to the steps. */
    private static final class Batches implements RecordSink {
        private final ImportState state;
        private final boolean tiesSource;
        private final long total;
        private final Progress progress;
        private final List<Incoming.Person> people = new ArrayList<>();
        private final List<Incoming.Tie> ties = new ArrayList<>();

        Batches(ImportState state, boolean tiesSource, long total, Progress progress) {
            this.state = state;
            this.tiesSource = tiesSource;
            this.total = total;
            this.progress = progress;
        }

        @Override
        public void accept(Incoming record) {
            if (record instanceof Incoming.Person p) {
                people.add(p);
                if (people.size() >= PEOPLE_BATCH) {
                    flushPeople();
                }
            } else if (record instanceof Incoming.Tie t) {
                flushPeople();
                ties.add(t);
                if (ties.size() >= TIES_BATCH) {
                    flushTies();
                }
            }
        }

        @Override
        public void reject(int record, int line, String field, String detail) {
            state.report.error(record, line, field, detail, tiesSource);
            advance(1);
        }

        void flush() {
            flushPeople();
            flushTies();
        }

        private void flushPeople() {
            if (!people.isEmpty()) {
                new PeopleStep(state).process(people);
                advance(people.size());
                people.clear();
            }
        }

        private void flushTies() {
            if (!ties.isEmpty()) {
                new TiesStep(state).process(ties);
                advance(ties.size());
                ties.clear();
            }
        }

        private void advance(int records) {
            state.done += records;
            progress.update(state.done, total);
        }
    }
}
