package dev.tsunagari.imports;

import dev.tsunagari.records.Stamps;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.ties.TieRules;
import dev.tsunagari.ties.TieType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports one batch of ties. A tie that touches a person this import created cannot be stored yet, so it is
 * created without a look-up (the bulk path); any other tie is compared with the stored one and written only when
 * it differs, so a re-import writes nothing. The stored-only state ({@link TieState}) is restored as the file
 * holds it. The batch is one transaction.
 */
final class TiesStep {
    private final ImportState state;

    TiesStep(ImportState state) {
        this.state = state;
    }

    /** A checked tie and the properties to store. */
    private record Checked(Incoming.Tie in, TieRules.Checked tie, Map<String, Object> props) {}


    void process(List<Incoming.Tie> batch) {
        String now = Stamps.now();
        List<Checked> checked = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Incoming.Tie in : batch) {
            try {
                Stamps.check(in.tie().createdAt(), in.tie().updatedAt());
                TieRules.Checked tie = TieRules.check(in.tie());
                in.state().check();
                Stamps.Pair stamps = Stamps.forNew(in.tie().createdAt(), in.tie().updatedAt(), now);
                Map<String, Object> props = TieProps.of(tie, stamps.createdAt(), stamps.updatedAt());
                in.state().into(props, Map.of());
                checked.add(new Checked(in, tie, props));
                for (String id : List.of(tie.from(), tie.to())) {
                    if (!state.present.contains(id)) {
                        unknown.add(id);
                    }
                }
            } catch (ApiException e) {
                reject(in, e.errors());
            }
        }
        if (!unknown.isEmpty()) {
            state.present.addAll(state.store.existing(List.copyOf(unknown)));
        }
        Map<TieType, List<Map<String, Object>>> created = new EnumMap<>(TieType.class);
        List<Checked> others = new ArrayList<>();
        for (Checked c : checked) {
            TieRules.Checked tie = c.tie();
            List<FieldError> missing = new ArrayList<>();
            if (!state.present.contains(tie.from())) {
                missing.add(new FieldError("from", "no person with id " + tie.from()));
            }
            if (!state.present.contains(tie.to())) {
                missing.add(new FieldError("to", "no person with id " + tie.to()));
            }
            if (!missing.isEmpty()) {
                reject(c.in(), missing);
            } else if ((state.createdHere.contains(tie.from()) || state.createdHere.contains(tie.to()))
                    && state.newTieKeys.add(key(tie))) {
                created.computeIfAbsent(tie.type(), t -> new ArrayList<>()).add(row(c));
            } else {
                others.add(c);
            }
        }
        Map<TieType, List<Map<String, Object>>> merged = compare(others, now);
        state.store.graph().write(tx -> {
            created.forEach((type, rows) -> state.store.writeTies(tx, type, rows, true));
            merged.forEach((type, rows) -> state.store.writeTies(tx, type, rows, false));
            return null;
        });
        state.report.tie(ReportBuilder.Outcome.CREATED, created.values().stream().mapToInt(List::size).sum());
    }

    /** Reads the stored version of each tie; returns the rows to write, by type, and counts the rest. */
    private Map<TieType, List<Map<String, Object>>> compare(List<Checked> ties, String now) {
        Map<TieType, List<Map<String, Object>>> write = new EnumMap<>(TieType.class);
        if (ties.isEmpty()) {
            return write;
        }
        List<Map<String, Object>> lookup = new ArrayList<>();
        for (int i = 0; i < ties.size(); i++) {
            TieRules.Checked t = ties.get(i).tie();
            lookup.add(Map.of("i", i, "from", t.from(), "to", t.to(), "type", t.type().name()));
        }
        Map<Integer, Map<String, Object>> stored = state.store.ties(lookup);
        for (int i = 0; i < ties.size(); i++) {
            Checked c = ties.get(i);
            Map<String, Object> old = stored.get(i);
            if (old != null) {
                // What the record leaves out of the tie's stored-only state stays as stored.
                c.in().state().into(c.props(), old);
            }
            if (old == null) {
                state.report.tie(ReportBuilder.Outcome.CREATED, 1);
            } else if (TieProps.sameContent(old, c.props())) {
                state.report.tie(ReportBuilder.Outcome.SKIPPED, 1);
                continue;
            } else {
                c.props().put("updatedAt", now);
                state.report.tie(ReportBuilder.Outcome.UPDATED, 1);
            }
            write.computeIfAbsent(c.tie().type(), t -> new ArrayList<>()).add(row(c));
        }
        return write;
    }

    private static Map<String, Object> row(Checked c) {
        Map<String, Object> row = new HashMap<>(c.props());
        row.put("from", c.tie().from());
        row.put("to", c.tie().to());
        return row;
    }

    /** KNOWS has no direction, so a→b and b→a are one tie. */
    private static String key(TieRules.Checked t) {
        boolean swap = t.type() == TieType.KNOWS && t.from().compareTo(t.to()) > 0;
        return t.type().ordinal() + "|" + (swap ? t.to() : t.from()) + "|" + (swap ? t.from() : t.to());
    }

    private void reject(Incoming.Tie in, List<FieldError> errors) {
        for (FieldError error : errors) {
            state.report.error(in.record(), in.line(), error.field(), error.message(), true);
        }
    }
}
