package dev.tsunagari.imports;

import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.records.Incoming;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The skeleton of importing one batch of history (introductions, interactions) as state, in one transaction:
 * each record is checked, the people it names must be stored, an id may appear once in a file; then a record
 * equal to the stored one is skipped and any other replaces it whole. A step says only what differs: how its
 * records are checked, whom they name, and how they are read and written.
 */
abstract class HistoryStep<I extends Incoming, R> {
    protected final ImportState state;
    protected final HistoryStore store;
    private final ReportBuilder.Kind kind;

    HistoryStep(ImportState state, ReportBuilder.Kind kind) {
        this.state = state;
        this.store = state.store.history();
        this.kind = kind;
    }

    /** A valid record and its properties to store. */
    protected record Checked<R>(Incoming in, R record, Map<String, Object> props) {}

    /** The record an incoming item carries. */
    protected abstract R record(I in);

    /** The record's properties to store; an {@link ApiException} with field errors rejects it. */
    protected abstract Map<String, Object> check(R record);

    protected abstract String id(R record);

    /** Pairs of field and person id: the people the record names, who must be stored. */
    protected abstract String[] people(R record);

    /** The stored records under these ids. */
    protected abstract Map<String, R> stored(List<String> ids);

    /** The row {@link #write(TransactionContext, List)} stores for one record. */
    protected abstract Map<String, Object> row(Checked<R> checked);

    protected abstract void write(TransactionContext tx, List<Map<String, Object>> rows);

    /** Before the records are held to the graph: one look-up for the whole batch, when a step needs one. */
    protected void prepare(List<R> records) {}

    /** What else is wrong with a record, besides the people it names and a repeated id. */
    protected List<FieldError> conflicts(R record) {
        return List.of();
    }

    /** A record passed every check and will be written. */
    protected void accepted(R record) {}

    final void process(List<I> batch) {
        List<Checked<R>> checked = new ArrayList<>();
        for (I in : batch) {
            R record = record(in);
            try {
                checked.add(new Checked<>(in, record, check(record)));
            } catch (ApiException e) {
                reject(in, e.errors());
            }
        }
        HistoryPeople.learn(state, checked.stream().flatMap(c -> ids(people(c.record())).stream()));
        prepare(checked.stream().map(Checked::record).toList());
        List<Checked<R>> valid = new ArrayList<>();
        for (Checked<R> c : checked) {
            List<FieldError> errors = HistoryPeople.missing(state, people(c.record()));
            if (!state.historyIds.add(kind.name() + "|" + id(c.record()))) {
                errors.add(new FieldError("id", "appears twice in the file"));
            }
            errors.addAll(conflicts(c.record()));
            if (errors.isEmpty()) {
                accepted(c.record());
                valid.add(c);
            } else {
                reject(c.in(), errors);
            }
        }
        write(valid);
    }

    private void write(List<Checked<R>> valid) {
        if (valid.isEmpty()) {
            return;
        }
        Map<String, R> stored = stored(valid.stream().map(c -> id(c.record())).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Checked<R> c : valid) {
            R old = stored.get(id(c.record()));
            if (c.record().equals(old)) {
                state.report.count(kind, ReportBuilder.Outcome.SKIPPED, 1);
                continue;
            }
            state.report.count(kind, old == null ? ReportBuilder.Outcome.CREATED : ReportBuilder.Outcome.UPDATED, 1);
            rows.add(row(c));
        }
        if (!rows.isEmpty()) {
            state.store.graph().write(tx -> {
                write(tx, rows);
                return null;
            });
        }
    }

    private static List<String> ids(String[] fieldsAndIds) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < fieldsAndIds.length; i += 2) {
            ids.add(fieldsAndIds[i]);
        }
        return ids;
    }

    private void reject(Incoming in, List<FieldError> errors) {
        for (FieldError error : errors) {
            state.report.error(in.record(), in.line(), error.field(), error.message(), kind);
        }
    }
}
