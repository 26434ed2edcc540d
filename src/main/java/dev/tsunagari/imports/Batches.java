package dev.tsunagari.imports;

import dev.tsunagari.records.RecordSink;
import dev.tsunagari.records.Incoming;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the records of one read into batches and hands each full batch to its step; people waiting in a batch
 * are stored before any tie, so a tie never waits on a person who is still in memory.
 */
final class Batches implements RecordSink {
    static final int PEOPLE = 5_000;
    static final int TIES = 20_000;
    static final int HISTORY = 1_000;
    private final ImportState state;
    private final boolean tiesSource;
    private final long total;
    private final Importer.Progress progress;
    private final List<Incoming.Person> people = new ArrayList<>();
    private final List<Incoming.Tie> ties = new ArrayList<>();
    private final List<Incoming.Introduction> introductions = new ArrayList<>();
    private final List<Incoming.Interaction> interactions = new ArrayList<>();
    private final List<Incoming.Account> accounts = new ArrayList<>();

    Batches(ImportState state, boolean tiesSource, long total, Importer.Progress progress) {
        this.state = state;
        this.tiesSource = tiesSource;
        this.total = total;
        this.progress = progress;
    }

    @Override
    public void accept(Incoming record) {
        if (record instanceof Incoming.Person p) {
            people.add(p);
            if (people.size() >= PEOPLE) {
                flushPeople();
            }
        } else if (record instanceof Incoming.Tie t) {
            flushPeople();
            ties.add(t);
            if (ties.size() >= TIES) {
                flushTies();
            }
        } else if (record instanceof Incoming.Introduction i) {
            introductions.add(i);
            if (introductions.size() >= HISTORY) {
                flushHistory();
            }
        } else if (record instanceof Incoming.Interaction x) {
            interactions.add(x);
            if (interactions.size() >= HISTORY) {
                flushHistory();
            }
        } else if (record instanceof Incoming.Account a) {
            accounts.add(a);
            if (accounts.size() >= HISTORY) {
                flushHistory();
            }
        }
    }

    @Override
    public void reject(int record, int line, String field, String detail) {
        state.report.error(record, line, field, detail, tiesSource);
        advance(1);
    }

    @Override
    public void reject(int record, int line, String section, String field, String detail) {
        state.report.error(record, line, field, detail, ReportBuilder.Kind.ofSection(section));
        advance(1);
    }

    void flush() {
        flushPeople();
        flushTies();
        flushHistory();
    }

    /**
     * Introductions and interactions name people only, so they wait for no tie; people are all stored first.
     * Accounts name nothing that must exist (their person may be gone), and come with them.
     */
    private void flushHistory() {
        flushPeople();
        if (!introductions.isEmpty()) {
            new IntroductionsStep(state).process(introductions);
            advance(introductions.size());
            introductions.clear();
        }
        if (!interactions.isEmpty()) {
            new InteractionsStep(state).process(interactions);
            advance(interactions.size());
            interactions.clear();
        }
        if (!accounts.isEmpty()) {
            new AccountsStep(state).process(accounts);
            advance(accounts.size());
            accounts.clear();
        }
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
