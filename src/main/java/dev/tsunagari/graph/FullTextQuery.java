package dev.tsunagari.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a Lucene query for the {@code person_text} index, so that no user text is
 * ever read as query syntax. The text is NFKC-normalised (full-width Latin and half-width katakana match their
 * usual forms); every word must match. A Japanese word is a phrase (its bigrams in order: デザイナー matches
 * グラフィックデザイナー, 起業 does not match 起きる…営業); a Latin word also matches as a prefix (design →
 * designer).
 */
public final class FullTextQuery {
    public static final int MAX_LENGTH = 200;
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}0-9]+");

    private FullTextQuery() {}

    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** The Lucene query, or empty when the text holds no searchable word. */
    public static Optional<String> of(String userText) {
        List<String> clauses = new ArrayList<>();
        for (String word : normalize(userText).split("[\\s\\p{Z}]+")) {
            String cleaned = word.replaceAll("[\\p{Cc}\\p{Cf}]", "");
            if (cleaned.isEmpty() || !cleaned.codePoints().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            String phrase = "\"" + cleaned.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            clauses.add(LATIN_WORD.matcher(cleaned).matches()
                    ? "(" + phrase + " OR " + cleaned.toLowerCase() + "*)"
                    : phrase);
        }
        return clauses.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", clauses));
    }
}
