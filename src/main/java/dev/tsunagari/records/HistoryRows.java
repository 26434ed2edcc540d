package dev.tsunagari.records;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Maps stored introductions and interactions to the records of the JSON export. Shared by the export and by the
 * import's comparison with what is stored, so that "already stored as it is" means "would export the same".
 */
public final class HistoryRows {
    private HistoryRows() {}

    public static IntroductionRecord introduction(Record row) {
        Value i = row.get("i");
        List<IntroductionRecord.Event> events = row.get("events").asList(HistoryRows::event);
        return new IntroductionRecord(text(i.get("id")), text(i.get("status")), text(i.get("mode")),
                text(i.get("message")), text(row.get("requester")), text(row.get("target")), text(row.get("via")),
                text(i.get("idempotencyKey")), text(i.get("createdAt")), text(i.get("updatedAt")),
                text(i.get("expiresAt")), text(i.get("connectedAt")), text(i.get("declineNote")),
                text(i.get("outcome")), text(i.get("outcomeAt")), events.isEmpty() ? null : events);
    }

    public static InteractionRecord interaction(Record row) {
        Value x = row.get("x");
        return new InteractionRecord(text(x.get("id")), text(row.get("by")), text(row.get("with")), text(x.get("at")),
                text(x.get("kind")), text(x.get("note")), text(x.get("createdAt")));
    }

    private static IntroductionRecord.Event event(Value e) {
        Map<String, Object> m = e.asMap();
        Object seq = m.get("seq");
        return new IntroductionRecord.Event(seq == null ? null : ((Number) seq).intValue(), string(m.get("status")),
                string(m.get("action")), string(m.get("from")), string(m.get("at")), string(m.get("by")),
                string(m.get("note")));
    }

    /** Text as stored; a date (interactions' at, outcomeAt) as ISO 8601, which is how it went in. */
    private static String text(Value value) {
        return value == null || value.isNull() ? null : String.valueOf(value.asObject());
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
