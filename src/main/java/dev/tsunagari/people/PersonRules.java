package dev.tsunagari.people;

import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Validation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a valid person is. Returns the input cleaned (trimmed texts, NFKC-normalised tags without repeats),
 * or throws a 400 problem listing every offending field.
 */
public final class PersonRules {
    static final int MAX_TAG_LENGTH = 100;
    public static final String NORMAL = "normal";
    public static final String PRIVATE = "private";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private PersonRules() {}

    public static PersonInput check(String id, PersonInput in) {
        Validation v = new Validation();
        if (!Ids.valid(id)) {
            v.add("id", Ids.MESSAGE);
        }
        if (in.id() != null && !in.id().equals(id)) {
            v.add("id", "must match the id in the path");
        }
        String email = v.line("email", in.email(), false, 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            v.add("email", "must look like name@example.org");
        }
        List<String> tags = v.lines("tags", in.tags(), 100, MAX_TAG_LENGTH);
        PersonInput clean = new PersonInput(
                id,
                v.line("name", in.name(), true, 200),
                v.line("kana", in.kana(), false, 200),
                v.line("headline", in.headline(), false, 300),
                v.line("organization", in.organization(), false, 200),
                v.line("role", in.role(), false, 200),
                v.line("location", in.location(), false, 200),
                tags == null ? null : tags.stream().map(FullTextQuery::normalize).distinct().toList(),
                v.lines("offers", in.offers(), 100, 300),
                v.lines("seeks", in.seeks(), 100, 300),
                v.paragraph("notes", in.notes(), 10_000),
                email,
                v.line("phone", in.phone(), false, 50),
                v.lines("links", in.links(), 50, 2000),
                null,
                null,
                visibility(v, in.visibility()),
                null);
        v.throwIfInvalid();
        return clean;
    }

    /** {@code normal} unless the client asks for {@code private}; stored only when private. */
    private static String visibility(Validation v, String visibility) {
        if (visibility == null || visibility.equals(NORMAL)) {
            return NORMAL;
        }
        if (!visibility.equals(PRIVATE)) {
            v.add("visibility", "must be normal or private");
        }
        return PRIVATE;
    }
}
