package dev.tsunagari.introductions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Maps a stored introduction to what the API shows, deriving expiry at read time: an open introduction whose
 * {@code expiresAt} is not after {@code now} reads as {@code expired}, with that moment as the last step of its
 * history. So expiry needs no background job, is exact, and follows the injected clock in tests.
 */
final class IntroductionMapper {
    private IntroductionMapper() {}

    static Introduction asIntroduction(Record row, String now) {
        Value i = row.get("i");
        String stored = text(i.get("status"));
        String expiresAt = text(i.get("expiresAt"));
        List<IntroductionEvent> history = new ArrayList<>(row.get("events").asList(IntroductionMapper::asEvent));
        String status = stored;
        if (Status.of(stored).open() && expiresAt != null && expiresAt.compareTo(now) <= 0) {
            status = Status.EXPIRED.wire();
            history.add(new IntroductionEvent(status, null, stored, expiresAt, null, null));
        }
        return new Introduction(
                text(i.get("id")),
                status,
                text(i.get("mode")),
                text(i.get("message")),
                asRef(row.get("requester")),
                asRef(row.get("target")),
                asRef(row.get("via")),
                text(i.get("createdAt")),
                text(i.get("updatedAt")),
                Status.of(status).open() ? expiresAt : null,
                text(i.get("declineNote")),
                text(i.get("outcome")),
                i.get("outcomeAt").isNull() ? null : i.get("outcomeAt").asLocalDate().toString(),
                List.copyOf(history));
    }

    private static IntroductionEvent asEvent(Value e) {
        Map<String, Object> m = e.asMap();
        return new IntroductionEvent((String) m.get("status"), (String) m.get("action"), (String) m.get("from"),
                (String) m.get("at"), (String) m.get("by"), (String) m.get("note"));
    }

    private static PersonRef asRef(Value person) {
        return new PersonRef(person.get("id").asString(), text(person.get("name")));
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
