package dev.tsunagari.introductions;

import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Validation;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What a valid request for an introduction is; returns it cleaned or throws a 400 naming every bad field. */
public final class IntroductionRules {
    static final String LIGHT = "light";
    static final String VOUCHED = "vouched";
    /** Every mode an introduction may have (the importer checks restored ones against it too). */
    public static final List<String> MODES = List.of(LIGHT, VOUCHED);
    static final int MAX_MESSAGE = 2000;
    static final int MAX_KEY = 255;

    private IntroductionRules() {}

    /** A checked request; {@code id} is the client's or a generated one. */
    record Checked(String id, String requester, String target, String via, String message, String mode) {

        /** Whether a retried create carries the same request as the one that created {@code stored}. */
        boolean sameRequestAs(Introduction stored) {
            return requester.equals(stored.requester().id()) && target.equals(stored.target().id())
                    && via.equals(stored.via().id()) && mode.equals(stored.mode())
                    && Objects.equals(message, stored.message());
        }
    }

    static Checked check(IntroductionInput in) {
        Validation v = new Validation();
        if (in.id() != null && !Ids.valid(in.id())) {
            v.add("id", "must be 1-128 characters from A-Z a-z 0-9 . _ : @ -");
        }
        requireId(v, "requester", in.requester());
        requireId(v, "target", in.target());
        requireId(v, "via", in.via());
        if (in.requester() != null && in.requester().equals(in.target())) {
            v.add("target", "must differ from the requester");
        }
        if (in.via() != null && (in.via().equals(in.requester()) || in.via().equals(in.target()))) {
            v.add("via", "must be a third person, neither the requester nor the target");
        }
        String mode = in.mode() == null ? LIGHT : in.mode();
        if (!List.of(LIGHT, VOUCHED).contains(mode)) {
            v.add("mode", "must be light or vouched");
        }
        String message = v.paragraph("message", in.message(), MAX_MESSAGE);
        v.throwIfInvalid();
        String id = in.id() != null ? in.id() : UUID.randomUUID().toString();
        return new Checked(id, in.requester(), in.target(), in.via(), message, mode);
    }

    /** The {@code Idempotency-Key} header: any visible ASCII text up to 255 characters. */
    static String idempotencyKey(String raw) {
        if (raw == null) {
            return null;
        }
        String key = raw.strip();
        if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            Validation v = new Validation();
            v.add("Idempotency-Key", "must be 1-" + MAX_KEY + " visible ASCII characters");
            v.throwIfInvalid();
        }
        return key;
    }

    private static void requireId(Validation v, String field, String id) {
        if (id == null) {
            v.add(field, "is required");
        } else if (!Ids.valid(id)) {
            v.add(field, "must be 1-128 characters from A-Z a-z 0-9 . _ : @ -");
        }
    }
}
