package dev.tsunagari.records;

import dev.tsunagari.people.PersonInput;
import dev.tsunagari.ties.TieInput;
import java.time.LocalDate;

/** One record read from an import file, before it is checked, matched against the graph or written. */
public sealed interface Incoming {
    /** The 1-based number of the record in its file (data rows of a CSV, people then ties of a JSON file). */
    int record();

    /** The line of the file where the record starts, or 0 when the format has no useful lines. */
    int line();

    /**
     * A person. {@code authoritative} records (ours, with an id) replace the stored person like {@code PUT};
     * the others (LinkedIn, vCard, CSV rows without id) only fill in what the stored person lacks.
     * {@code since} is when the owner and this contact got connected, for the owner's tie (may be null).
     */
    record Person(int record, int line, PersonInput person, boolean authoritative, LocalDate since)
            implements Incoming {}

    /**
     * A tie between two people named by id, with what it stores beyond the API's fields ({@link TieState#NONE}
     * from files that carry none of it).
     */
    public record Tie(int record, int line, TieInput tie, TieState state) implements Incoming {
        public Tie(int record, int line, TieInput tie) {
            this(record, line, tie, TieState.NONE);
        }
    }

    /** An introduction with its history, as our JSON export holds it. */
    record Introduction(int record, int line, IntroductionRecord introduction) implements Incoming {}

    /** An interaction between two people named by id, as our JSON export holds it. */
    record Interaction(int record, int line, InteractionRecord interaction) implements Incoming {}

    /** An account, as our JSON export holds it from version 3 on. */
    record Account(int record, int line, AccountRecord account) implements Incoming {}
}
