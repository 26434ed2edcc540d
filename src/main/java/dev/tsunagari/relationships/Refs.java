package dev.tsunagari.relationships;

import dev.tsunagari.introductions.PersonRef;
import org.neo4j.driver.Value;

/** Maps a {@code p {.id, .name}} projection to a {@link PersonRef}. */
final class Refs {
    private Refs() {}

    static PersonRef of(Value person) {
        return new PersonRef(person.get("id").asString(), person.get("name").isNull() ? null : person.get("name").asString());
    }
}
