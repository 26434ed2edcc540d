package dev.tsunagari.imports;

import dev.tsunagari.http.FieldError;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.records.IntroductionRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.TransactionContext;

/**
 * Imports one batch of introductions, each with its history, as state ({@link HistoryStep}): a changed record
 * replaces the stored one whole (properties, people, events). Nothing of the workflow runs (no tie is connected,
 * no event added), and a record naming someone who is not stored is rejected whole. An idempotency key belongs
 * to one introduction, stored or in the file.
 */
final class IntroductionsStep extends HistoryStep<Incoming.Introduction, IntroductionRecord> {
    private Map<String, String> holders = Map.of();

    IntroductionsStep(ImportState state) {
        super(state, ReportBuilder.Kind.INTRODUCTIONS);
    }

    @Override
    protected IntroductionRecord record(Incoming.Introduction in) {
        return in.introduction();
    }

    @Override
    protected Map<String, Object> check(IntroductionRecord record) {
        return IntroductionCheck.introduction(record);
    }

    @Override
    protected String id(IntroductionRecord record) {
        return record.id();
    }

    @Override
    protected String[] people(IntroductionRecord r) {
        return new String[] {"requester", r.requester(), "target", r.target(), "via", r.via()};
    }

    @Override
    protected void prepare(List<IntroductionRecord> records) {
        List<String> keys = records.stream().map(IntroductionRecord::idempotencyKey).filter(Objects::nonNull).toList();
        holders = keys.isEmpty() ? Map.of() : store.keyHolders(state.store.graph(), keys);
    }

    @Override
    protected List<FieldError> conflicts(IntroductionRecord r) {
        String key = r.idempotencyKey();
        String stored = key == null ? null : holders.get(key);
        String inFile = key == null ? null : state.introductionKeys.get(key);
        if (stored != null && !stored.equals(r.id())) {
            return List.of(new FieldError("idempotencyKey", "is held by the stored introduction " + stored));
        }
        if (inFile != null && !inFile.equals(r.id())) {
            return List.of(new FieldError("idempotencyKey", "is held by the introduction " + inFile + " of this file"));
        }
        return List.of();
    }

    @Override
    protected void accepted(IntroductionRecord r) {
        if (r.idempotencyKey() != null) {
            state.introductionKeys.put(r.idempotencyKey(), r.id());
        }
    }

    @Override
    protected Map<String, IntroductionRecord> stored(List<String> ids) {
        return store.introductions(state.store.graph(), ids);
    }

    @Override
    protected Map<String, Object> row(Checked<IntroductionRecord> c) {
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

    @Override
    protected void write(TransactionContext tx, List<Map<String, Object>> rows) {
        store.writeIntroductions(tx, rows);
    }
}
