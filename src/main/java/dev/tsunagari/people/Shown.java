package dev.tsunagari.people;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.privacy.Visibility;

/** A person as one caller may see them: the privacy rules of {@link Visibility} applied to a {@link Person}. */
public final class Shown {
    private Shown() {}

    public static boolean sees(Caller caller, Person person) {
        return Visibility.sees(caller, person.isPrivate(), person.addedBy(), person.id());
    }

    /** The person as this caller may see them: without the private details unless it added them or is admin. */
    public static Person person(Caller caller, Person person) {
        return Visibility.readsDetails(caller, person.addedBy()) ? person : person.withoutPrivateDetails();
    }

    /** The person as shown, or the same 404 as for an unknown id, so a private person's existence stays hidden. */
    public static Person orNotFound(Caller caller, Person person) {
        if (!sees(caller, person)) {
            throw ApiException.notFound("No person with id " + person.id());
        }
        return person(caller, person);
    }
}
