package dev.tsunagari.imports;

import dev.tsunagari.formats.VCardSource;
import dev.tsunagari.formats.Source;
import dev.tsunagari.formats.LinkedInSource;
import dev.tsunagari.formats.JsonSource;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.formats.CsvTiesSource;
import dev.tsunagari.formats.CsvPeopleSource;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Imports one file. It reads the file once without writing (a broken file throws {@link BrokenFile} and changes
 * nothing, and the count of records drives the progress), then reads it again and writes in batches: people
 * first, then ties, so a tie may name a person who comes later in the same file.
 */
public final class Importer {
    private final ImportStore store;
    private final Runnable accountsRestored;

    /** An importer in a process that keeps no tokens in memory (the command line). */
    public Importer(Graph graph, CypherFiles files) {
        this(graph, files, () -> {});
    }

    /**
     * {@code accountsRestored} runs after every import: one may have replaced an account's token hash or role,
     * and a service that caches tokens must look them up again.
     */
    public Importer(Graph graph, CypherFiles files, Runnable accountsRestored) {
        this.store = new ImportStore(graph, files);
        this.accountsRestored = accountsRestored;
    }

    /** What to import: the format, for CSV which file, and whose contacts these are (LinkedIn and vCard). */
    public record Options(ImportFormat format, ImportFormat.CsvKind kind, String owner, String addedBy) {
        /** Options of an import no account asked for (the command line, a restore): new people have no adder. */
        public Options(ImportFormat format, ImportFormat.CsvKind kind, String owner) {
            this(format, kind, owner, null);
        }

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
        RecordCounter counter = new RecordCounter();
        checkingSource(options).read(file, counter);
        ReportBuilder report = new ReportBuilder();
        report.records(counter.records());
        progress.update(0, counter.records());
        ImportState state = new ImportState(store, report, options);
        List<Source> sources = importingSources(options);
        try {
            for (int i = 0; i < sources.size(); i++) {
                boolean ties = options.kind() == ImportFormat.CsvKind.TIES
                        || (options.format() == ImportFormat.JSON && i == 1);
                Source source = sources.get(i);
                Batches batches = new Batches(state, ties, counter.records(), progress);
                source.read(file, batches);
                batches.flush();
            }
        } finally {
            accountsRestored.run();
        }
        return report.build();
    }

    /**
     * Only the introductions, interactions and accounts of our JSON file, as {@link #run} imports them: what is
     * left to do after {@link BulkLoad} has loaded its people and ties, once the store has started. Records keep
     * their numbers in the whole file.
     */
    public ImportReport runHistory(Path file, Progress progress) throws IOException {
        RecordCounter counter = new RecordCounter();
        new JsonSource(Set.of()).read(file, counter);
        ReportBuilder report = new ReportBuilder();
        report.records(counter.records());
        ImportState state = new ImportState(store, report, new Options(ImportFormat.JSON, null, null));
        Batches batches = new Batches(state, false, counter.records(), progress);
        try {
            new JsonSource(Set.of("introductions", "interactions", "accounts")).read(file, batches);
            batches.flush();
        } finally {
            accountsRestored.run();
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
                    new JsonSource(Set.of("ties", "introductions", "interactions", "accounts")));
        };
    }
}
