package dev.tsunagari.imports;

import dev.tsunagari.records.Stamps;
import dev.tsunagari.records.Incoming;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import dev.tsunagari.http.Ids;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.people.PersonRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports one batch of people: checks each record, finds whom it is, decides created / updated / merged /
 * unchanged against the stored person, and writes the batch (with the owner's ties to it) in one transaction.
 */
public final class PeopleStep {
    private final ImportState state;

    PeopleStep(ImportState state) {
        this.state = state;
    }

    /** One decided record, counted only once its batch is stored. */
    private record Decision(Incoming.Person in, String id, ReportBuilder.Outcome outcome, String mergedBy) {}

    void process(List<Incoming.Person> batch) {
        String now = Stamps.now();
        List<Decision> decisions = new ArrayList<>();
        Map<String, PersonInput> resolved = new LinkedHashMap<>();
        Map<Incoming.Person, PersonInput> checked = new LinkedHashMap<>();
        for (Incoming.Person in : batch) {
            try {
                checked.put(in, check(in));
            } catch (ApiException e) {
                for (FieldError error : e.errors()) {
                    state.report.error(in.record(), in.line(), error.field(), error.message(), false);
                }
            }
        }
        Map<Incoming.Person, PersonKeys.Match> matches = new HashMap<>();
        List<String> ids = new ArrayList<>();
        checked.forEach((in, person) -> {
            String id = in.authoritative() ? person.id() : match(person, matches, in);
            ids.add(id);
        });
        Map<String, Person> stored = state.store.people(ids);
        for (Incoming.Person in : batch) {
            PersonInput person = checked.get(in);
            if (person == null) {
                continue;
            }
            PersonKeys.Match match = matches.get(in);
            String id = in.authoritative() ? person.id() : match.id();
            PersonInput current = resolved.containsKey(id) ? resolved.get(id)
                    : stored.containsKey(id) ? PersonMerge.of(stored.get(id)) : null;
            PersonInput next;
            ReportBuilder.Outcome outcome;
            if (current == null) {
                Stamps.Pair stamps = in.authoritative() ? Stamps.forNew(person.createdAt(), person.updatedAt(), now)
                        : new Stamps.Pair(now, now);
                next = withStamps(PersonMerge.withId(person, id), stamps.createdAt(), stamps.updatedAt());
                if (next.addedBy() == null) {
                    next = addedBy(next, state.options.addedBy());
                }
                outcome = ReportBuilder.Outcome.CREATED;
            } else {
                next = !in.authoritative() ? PersonMerge.fill(current, person)
                        : person.addedBy() == null ? addedBy(person, current.addedBy()) : person;
                if (PersonMerge.sameContent(current, next)) {
                    next = current;
                    outcome = ReportBuilder.Outcome.SKIPPED;
                } else {
                    next = withStamps(PersonMerge.withId(next, id), current.createdAt(), now);
                    outcome = in.authoritative() ? ReportBuilder.Outcome.UPDATED : ReportBuilder.Outcome.MERGED;
                }
            }
            resolved.put(id, next);
            decisions.add(new Decision(in, id, outcome, match == null ? null : match.by()));
            if (state.hasKeys()) {
                state.keys().add(id, next);
            }
        }
        new PeopleWriter(state).write(decisions.stream().map(d -> new PeopleWriter.Row(d.in(), d.id(),
                d.outcome(), d.mergedBy(), resolved.get(d.id()))).toList(), now);
    }

    private PersonInput check(Incoming.Person in) {
        PersonInput person = in.person();
        if (in.authoritative()) {
            Stamps.check(person.createdAt(), person.updatedAt());
            checkAddedBy(person);
            PersonInput clean = PersonRules.check(person.id(), person);
            // A restore keeps who added each person; the rules drop the field from client input.
            return addedBy(withStamps(clean, person.createdAt(), person.updatedAt()), person.addedBy());
        }
        PersonInput clean = PersonRules.check("pending", PersonMerge.withId(person, null));
        return PersonMerge.withId(clean, person.id());
    }

    /** Who added a person is an account id, whether or not that account is in the file or stored. */
    public static void checkAddedBy(PersonInput person) {
        if (person.addedBy() != null && !Ids.valid(person.addedBy())) {
            throw ApiException.invalid("addedBy", Ids.MESSAGE);
        }
    }

    /** Finds the stored person a contact is, or gives a new one its id (the vCard UID when it has a usable one). */
    private String match(PersonInput person, Map<Incoming.Person, PersonKeys.Match> matches, Incoming.Person in) {
        PersonKeys.Match match = state.keys().find(person).orElseGet(() -> new PersonKeys.Match(
                person.id() != null ? person.id() : UUID.randomUUID().toString(), null));
        matches.put(in, match);
        state.keys().add(match.id(), person);
        return match.id();
    }

    private static PersonInput withStamps(PersonInput p, String createdAt, String updatedAt) {
        return new PersonInput(p.id(), p.name(), p.kana(), p.headline(), p.organization(), p.role(), p.location(),
                p.tags(), p.offers(), p.seeks(), p.notes(), p.email(), p.phone(), p.links(), createdAt, updatedAt,
                p.visibility(), p.addedBy());
    }

    private static PersonInput addedBy(PersonInput p, String account) {
        return new PersonInput(p.id(), p.name(), p.kana(), p.headline(), p.organization(), p.role(), p.location(),
                p.tags(), p.offers(), p.seeks(), p.notes(), p.email(), p.phone(), p.links(), p.createdAt(),
                p.updatedAt(), p.visibility(), account);
    }

    /** The node properties the API would store, plus the timestamps decided here. */
    static Map<String, Object> properties(PersonInput p) {
        Map<String, Object> props = new HashMap<>(PeopleRepository.properties(p));
        props.put("id", p.id());
        props.put("createdAt", p.createdAt());
        props.put("updatedAt", p.updatedAt());
        if (p.addedBy() != null) {
            props.put("addedBy", p.addedBy());
        }
        return props;
    }
}
