package dev.tsunagari.interactions;

import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Validation;
import dev.tsunagari.introductions.PastDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What a valid interaction is: a known kind, another existing person, a date not in the future. */
public final class InteractionRules {
    public static final List<String> KINDS = List.of("met", "call", "message", "helped", "was-helped");

    private InteractionRules() {}

    record Checked(String id, String by, String with, LocalDate at, String kind, String note) {
        boolean sameAs(Interaction stored) {
            return by.equals(stored.by().id()) && with.equals(stored.with().id()) && at.toString().equals(stored.at())
                    && kind.equals(stored.kind()) && Objects.equals(note, stored.note());
        }
    }

    static Checked check(String by, InteractionInput in, LocalDate today) {
        Validation v = new Validation();
        if (in.id() != null && !Ids.valid(in.id())) {
            v.add("id", "must be 1-128 characters from A-Z a-z 0-9 . _ : @ -");
        }
        if (in.with() == null) {
            v.add("with", "is required");
        } else if (!Ids.valid(in.with())) {
            v.add("with", "must be 1-128 characters from A-Z a-z 0-9 . _ : @ -");
        } else if (in.with().equals(by)) {
            v.add("with", "must be someone else");
        }
        if (in.kind() == null) {
            v.add("kind", "is required: one of " + String.join(", ", KINDS));
        } else if (!KINDS.contains(in.kind())) {
            v.add("kind", "must be one of " + String.join(", ", KINDS));
        }
        LocalDate at = PastDate.parse(v, "at", in.at(), today);
        String note = v.paragraph("note", in.note(), 2000);
        v.throwIfInvalid();
        return new Checked(in.id() != null ? in.id() : UUID.randomUUID().toString(), by, in.with(), at, in.kind(), note);
    }
}
