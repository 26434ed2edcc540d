package dev.tsunagari.finder;

import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Params;
import dev.tsunagari.tiegraph.Explanations;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/** The checked parameters of {@code GET /api/intermediaries}. {@code kind} is already a safe Lucene query. */
public record IntermediariesQuery(String from, Optional<String> kind, List<String> tags, int maxHops,
        HopFilter filter, int limit, int targetsLimit, String language) {

    public static IntermediariesQuery from(Context ctx) {
        String from = Ids.require("from", Params.required(ctx, "from"));
        Optional<String> kind = kind(Params.single(ctx, "kind"));
        List<String> tags = tags(ctx.queryParams("tag"), kind);
        return new IntermediariesQuery(from, kind, tags,
                Params.integer(ctx, "maxHops", 2, 1, 2),
                HopFilter.from(ctx),
                Params.limit(ctx),
                Params.integer(ctx, "targetsLimit", 5, 1, Params.MAX_LIMIT),
                Explanations.language(ctx.queryParam("lang"), ctx.header("Accept-Language")));
    }

    /**
     * The same checks for values that come from elsewhere (the {@code find} command): {@code kind} as typed, tags
     * as given; the numbers must already be in range.
     */
    public static IntermediariesQuery of(String from, Optional<String> kindText, List<String> rawTags, int maxHops,
            HopFilter filter, int limit, int targetsLimit, String language) {
        Ids.require("from", from);
        Optional<String> kind = kind(kindText);
        return new IntermediariesQuery(from, kind, tags(rawTags, kind), maxHops, filter, limit, targetsLimit, language);
    }

    private static Optional<String> kind(Optional<String> text) {
        return text.map(t -> {
            if (t.length() > FullTextQuery.MAX_LENGTH) {
                throw ApiException.invalid("kind", "must be at most " + FullTextQuery.MAX_LENGTH + " characters");
            }
            return FullTextQuery.of(t).orElseThrow(() -> ApiException.invalid("kind", "must contain a word"));
        });
    }

    private static List<String> tags(List<String> raw, Optional<String> kind) {
        List<String> tags = raw.stream()
                .filter(t -> !t.isBlank())
                .map(FullTextQuery::normalize)
                .distinct()
                .toList();
        if (kind.isEmpty() && tags.isEmpty()) {
            throw ApiException.invalid("kind", "give a kind of person (kind=...) or at least one tag (tag=...)");
        }
        if (tags.size() > 20) {
            throw ApiException.invalid("tag", "at most 20 tags");
        }
        return tags;
    }
}
