package dev.tsunagari.imports;

import dev.tsunagari.records.InteractionRecord;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports one batch of interactions as state: a record equal to the stored one is skipped, any other replaces
 * it. Unlike logging an interaction it leaves the ties between the two people alone (their lastContact and
 * interactionCount are the file's ties', as exported). One transaction.
 */
final class InteractionsStep {
    private static final ReportBuilder.Kind KIND = ReportBuilder.Kind.INTERACTIONS;
    private final ImportState state;
    private final HistoryStore store;

    InteractionsStep(ImportState state) {
        this.state = state;
        this.store = state.store.history();
    }

    /** A valid record and its properties to store. */
    private record Checked(Incoming.Interaction in, Map<String, Object> props) {
        InteractionRecord record() {
            return in.interaction();
        }
    }

    void process(List<Incoming.Interaction> batch) {
        List<Checked> checked = new ArrayList<>();
        for (Incoming.Interaction in : batch) {
            try {
                checked.add(new Checked(in, InteractionCheck.interaction(in.interaction())));
            } catch (ApiException e) {
                reject(in, e.errors());
            }
        }
        HistoryPeople.learn(state, checked.stream().flatMap(c -> List.of(c.record().by(), c.record().with()).stream()));
        List<Checked> valid = new ArrayList<>();
        for (Checked c : checked) {
            List<FieldError> errors = HistoryPeople.missing(state, "by", c.record().by(), "with", c.record().with());
            if (!state.historyIds.add("interaction|" + c.record().id())) {
                errors.add(new FieldError("id", "appears twice in the file"));
            }
            if (errors.isEmpty()) {
                valid.add(c);
            } else {
                reject(c.in(), errors);
            }
        }
        write(valid);
    }

    private void write(List<Checked> valid) {
        if (valid.isEmpty()) {
            return;
        }
        Map<String, InteractionRecord> stored = store.interactions(state.store.graph(),
                valid.stream().map(c -> c.record().id()).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Checked c : valid) {
            InteractionRecord old = stored.get(c.record().id());
            if (c.record().equals(old)) {
                state.report.count(KIND, ReportBuilder.Outcome.SKIPPED, 1);
                continue;
            }
            state.report.count(KIND, old == null ? ReportBuilder.Outcome.CREATED : ReportBuilder.Outcome.UPDATED, 1);
            Map<String, Object> row = new HashMap<>();
            row.put("id", c.record().id());
            row.put("by", c.record().by());
            row.put("with", c.record().with());
            row.put("props", c.props());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            state.store.graph().write(tx -> {
                store.writeInteractions(tx, rows);
                return null;
            });
        }
    }

    private void reject(Incoming.Interaction in, List<FieldError> errors) {
        for (FieldError error : errors) {
            state.report.error(in.record(), in.line(), error.field(), error.message(), KIND);
        }
    }
}
