package dev.tsunagari.imports;

import dev.tsunagari.records.IntroductionRecord;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports one batch of introductions, each with its history, as state: a record equal to the stored one is
 * skipped, any other replaces it whole (properties, people, events). Nothing of the workflow runs (no tie is
 * connected, no event added), and a record naming someone who is not stored is rejected whole. One transaction.
 */
final class IntroductionsStep {
    private static final ReportBuilder.Kind KIND = ReportBuilder.Kind.INTRODUCTIONS;
    private final ImportState state;
    private final HistoryStore store;

    IntroductionsStep(ImportState state) {
        this.state = state;
        this.store = state.store.history();
    }

    /** A valid record and its properties to store. */
    private record Checked(Incoming.Introduction in, Map<String, Object> props) {
        IntroductionRecord record() {
            return in.introduction();
        }
    }

    void process(List<Incoming.Introduction> batch) {
        List<Checked> checked = new ArrayList<>();
        for (Incoming.Introduction in : batch) {
            try {
                checked.add(new Checked(in, IntroductionCheck.introduction(in.introduction())));
            } catch (ApiException e) {
                reject(in, e.errors());
            }
        }
        HistoryPeople.learn(state, checked.stream()
                .flatMap(c -> List.of(c.record().requester(), c.record().target(), c.record().via()).stream()));
        List<String> keys = checked.stream().map(c -> c.record().idempotencyKey()).filter(k -> k != null).toList();
        Map<String, String> holders = keys.isEmpty() ? Map.of() : store.keyHolders(state.store.graph(), keys);
        List<Checked> valid = new ArrayList<>();
        for (Checked c : checked) {
            IntroductionRecord r = c.record();
            List<FieldError> errors = HistoryPeople.missing(state,
                    "requester", r.requester(), "target", r.target(), "via", r.via());
            if (!state.historyIds.add("introduction|" + r.id())) {
                errors.add(new FieldError("id", "appears twice in the file"));
            }
            String key = r.idempotencyKey();
            String stored = key == null ? null : holders.get(key);
            String inFile = key == null ? null : state.introductionKeys.get(key);
            if (stored != null && !stored.equals(r.id())) {
                errors.add(new FieldError("idempotencyKey", "is held by the stored introduction " + stored));
            } else if (inFile != null && !inFile.equals(r.id())) {
                errors.add(new FieldError("idempotencyKey", "is held by the introduction " + inFile + " of this file"));
            }
            if (errors.isEmpty()) {
                if (key != null) {
                    state.introductionKeys.put(key, r.id());
                }
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
        Map<String, IntroductionRecord> stored = store.introductions(state.store.graph(),
                valid.stream().map(c -> c.record().id()).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Checked c : valid) {
            IntroductionRecord old = stored.get(c.record().id());
            if (c.record().equals(old)) {
                state.report.count(KIND, ReportBuilder.Outcome.SKIPPED, 1);
                continue;
            }
            state.report.count(KIND, old == null ? ReportBuilder.Outcome.CREATED : ReportBuilder.Outcome.UPDATED, 1);
            rows.add(row(c));
        }
        if (!rows.isEmpty()) {
            state.store.graph().write(tx -> {
                store.writeIntroductions(tx, rows);
                return null;
            });
        }
    }

    private static Map<String, Object> row(Checked c) {
        IntroductionRecord r = c.record();
        List<Map<String, Object>> events = new ArrayList<>();
        for (IntroductionRecord.Event e : r.events()) {
            Map<String, Object> event = new HashMap<>();
            event.put("seq", e.seq());
            event.put("status", e.status());
            event.put("action", e.action());
            event.put("from", e.from());
            event.put("at", e.at());
            event.put("by", e.by());
            event.put("note", e.note());
            events.add(event);
        }
        Map<String, Object> row = new HashMap<>();
        row.put("id", r.id());
        row.put("requester", r.requester());
        row.put("target", r.target());
        row.put("via", r.via());
        row.put("props", c.props());
        row.put("events", events);
        return row;
    }

    private void reject(Incoming.Introduction in, List<FieldError> errors) {
        for (FieldError error : errors) {
            state.report.error(in.record(), in.line(), error.field(), error.message(), KIND);
        }
    }
}
