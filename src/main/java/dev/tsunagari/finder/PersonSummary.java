package dev.tsunagari.finder;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.people.Person;
import java.util.List;

/** The part of a person shown beside a score or on a path: who they are and what kind of person. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonSummary(String id, String name, String kana, String headline, String organization,
        List<String> tags) {
    public static PersonSummary of(Person p) {
        return new PersonSummary(p.id(), p.name(), p.kana(), p.headline(), p.organization(), p.tags());
    }
}
