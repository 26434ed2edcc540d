package dev.tsunagari.imports;

import dev.tsunagari.people.Person;
import dev.tsunagari.people.PersonInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * How an imported person meets a stored one. A contact from another program only fills in what is missing (and
 * adds tags and links), because the stored person was curated by hand; comparing content, not timestamps, is what
 * makes a re-import a no-op.
 */
final class PersonMerge {
    private PersonMerge() {}

    static PersonInput of(Person p) {
        return new PersonInput(p.id(), p.name(), p.kana(), p.headline(), p.organization(), p.role(), p.location(),
                p.tags(), p.offers(), p.seeks(), p.notes(), p.email(), p.phone(), p.links(), p.createdAt(),
                p.updatedAt(), p.visibility(), p.addedBy());
    }

    static PersonInput withId(PersonInput p, String id) {
        return new PersonInput(id, p.name(), p.kana(), p.headline(), p.organization(), p.role(), p.location(),
                p.tags(), p.offers(), p.seeks(), p.notes(), p.email(), p.phone(), p.links(), p.createdAt(),
                p.updatedAt(), p.visibility(), p.addedBy());
    }

    /** The stored person with the gaps filled from the incoming one; lists are joined, stored items first. */
    static PersonInput fill(PersonInput stored, PersonInput in) {
        return new PersonInput(stored.id(), or(stored.name(), in.name()), or(stored.kana(), in.kana()),
                or(stored.headline(), in.headline()), or(stored.organization(), in.organization()),
                or(stored.role(), in.role()), or(stored.location(), in.location()), union(stored.tags(), in.tags()),
                union(stored.offers(), in.offers()), union(stored.seeks(), in.seeks()), or(stored.notes(), in.notes()),
                or(stored.email(), in.email()), or(stored.phone(), in.phone()), union(stored.links(), in.links()),
                stored.createdAt(), stored.updatedAt(), stored.visibility(), stored.addedBy());
    }

    /** Same content, timestamps aside; an absent list and an empty one are the same. */
    static boolean sameContent(PersonInput a, PersonInput b) {
        return Objects.equals(a.name(), b.name()) && Objects.equals(a.kana(), b.kana())
                && Objects.equals(a.headline(), b.headline()) && Objects.equals(a.organization(), b.organization())
                && Objects.equals(a.role(), b.role()) && Objects.equals(a.location(), b.location())
                && list(a.tags()).equals(list(b.tags())) && list(a.offers()).equals(list(b.offers()))
                && list(a.seeks()).equals(list(b.seeks())) && Objects.equals(a.notes(), b.notes())
                && Objects.equals(a.email(), b.email()) && Objects.equals(a.phone(), b.phone())
                && list(a.links()).equals(list(b.links())) && Objects.equals(a.visibility(), b.visibility());
    }

    private static String or(String stored, String incoming) {
        return stored != null ? stored : incoming;
    }

    private static List<String> union(List<String> stored, List<String> incoming) {
        LinkedHashSet<String> all = new LinkedHashSet<>(list(stored));
        all.addAll(list(incoming));
        return all.isEmpty() ? null : List.copyOf(all);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
