package dev.tsunagari.search;

import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Params;
import dev.tsunagari.tiegraph.SearchAnswer;

/**
 * Where a result stands in the order of the 脳内検索 ({@link SearchAnswer#ORDER}: nearest first, unknown distance
 * last, then relevance, then id), and the cursor that resumes after it.
 */
public record SearchKey(int distance, double score, String id) {
    private static final int FAR = SearchAnswer.FAR;

    static SearchKey of(Integer distance, double score, String id) {
        return new SearchKey(distance == null ? FAR : distance, score, id);
    }

    String cursor() {
        return Params.encodeCursor(distance + "|" + score + "|" + id);
    }

    /** The key a cursor of this list encodes; anything else is a 400. */
    public static SearchKey parse(String decoded) {
        String[] parts = decoded.split("\\|", 3);
        try {
            if (parts.length == 3) {
                return new SearchKey(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]), parts[2]);
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as any other foreign cursor
        }
        throw ApiException.invalid("cursor", "is not a cursor this service issued");
    }
}
