package dev.tsunagari.tiegraph;

import java.util.List;

/**
 * The tie graph as the finders walk it, one interface over two sources: the live in-memory index (fast) and the
 * store itself (the reference the index is checked against, and the fallback while the index is not current).
 * People are dense ints valid for one question; {@link #NONE} is nobody.
 */
public interface TieGraph {
    int NONE = -1;

    /** The person with this id, or {@link #NONE}. */
    int person(String id);

    String id(int p);

    /** The store's node id, to read what an answer shows about the person. */
    long node(int p);

    /** The person whose store node this is (a full-text match, say), or {@link #NONE}. */
    int personAt(long node);

    /** {@code visibility = 'private'}. */
    boolean isPrivate(int p);

    /** The account that added the person, or null. */
    String addedBy(int p);

    /** The person's KNOWS and TRUSTS ties, both directions, sorted by the other person. */
    Ties ties(int p);

    /** Whether an introduction was ever asked through this person (their record as an introducer may count). */
    boolean introduces(int p);

    /** Whether {@code fan} is FAN_OF {@code of}. */
    boolean isFanOf(int fan, int of);

    /** The people who are FAN_OF {@code p}, sorted (often none): for many questions about one person's fans. */
    int[] fansOf(int p);

    /** Everyone who carries every one of {@code tags} (a non-empty list of normalised tags). */
    Carriers carriers(List<String> tags);

    /** The people who carry a set of tags: counted and tested without being listed, listed on demand. */
    interface Carriers {
        boolean carries(int p);

        int count();

        int[] list();
    }
}
