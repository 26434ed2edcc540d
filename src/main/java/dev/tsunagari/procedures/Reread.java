package dev.tsunagari.procedures;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.graphdb.NotFoundException;

/**
 * A question asked again when a person or tie it was reading was deleted meanwhile. Reads see each commit as it
 * lands, so a question walking the store (or naming the people of an answer) can meet a node or relationship that a
 * concurrent write has just deleted; the next attempt reads the store as it is then, without it. The rows are
 * materialised inside the attempt, so a lazy stream cannot fail later.
 */
final class Reread {
    static final int ATTEMPTS = 3;

    private Reread() {}

    static <T> Stream<T> of(Supplier<Stream<T>> question) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Stream<T> rows = question.get()) {
                List<T> read = rows.toList();
                return read.stream();
            } catch (RuntimeException e) {
                if (!deletedMeanwhile(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw new IllegalStateException("what this question read kept being deleted while it read it (" + ATTEMPTS
                + " attempts); ask again", last);
    }

    /** A node or relationship that is no longer in the store, whichever layer (Core API, kernel, Cypher) said so. */
    static boolean deletedMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException
                    || t instanceof org.neo4j.internal.kernel.api.exceptions.EntityNotFoundException
                    || t instanceof org.neo4j.exceptions.EntityNotFoundException) {
                return true;
            }
        }
        return false;
    }
}
