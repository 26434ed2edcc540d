package dev.tsunagari.records;

import dev.tsunagari.people.Person;
import dev.tsunagari.ties.Tie;
import java.util.function.Consumer;

/**
 * The graph as an export file reads it, each kind in a stable order and one record at a time, so that the file
 * writers of {@code formats} need not know where the records come from.
 */
public interface NetworkReader {
    void people(Consumer<Person> each);

    void ties(Consumer<Tie> each);

    void tieRecords(Consumer<TieRecord> each);

    void introductions(Consumer<IntroductionRecord> each);

    void interactions(Consumer<InteractionRecord> each);

    void accounts(Consumer<AccountRecord> each);
}
