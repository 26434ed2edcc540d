package dev.tsunagari.search;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Page;
import dev.tsunagari.http.Params;
import dev.tsunagari.limits.TooBroad;
import dev.tsunagari.people.Shown;
import dev.tsunagari.privacy.Visibility;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;

/**
 * HTTP in and out for {@code GET /api/search} (the 脳内検索): checks the query string, then asks {@link MindSearch},
 * which leaves out the people the caller may not see; the private details of those shown are cut here.
 */
public final class SearchController {
    public static final int DEFAULT_MAX_DISTANCE = 2;
    public static final int MAX_DISTANCE = 3;
    private final MindSearch search;

    public SearchController(MindSearch search) {
        this.search = search;
    }

    public void get(Context ctx) {
        String text = Params.required(ctx, "q");
        if (text.length() > FullTextQuery.MAX_LENGTH) {
            throw ApiException.invalid("q", "must be at most " + FullTextQuery.MAX_LENGTH + " characters");
        }
        String query = FullTextQuery.of(text).orElseThrow(() -> ApiException.invalid("q", "must contain a word"));
        MindSearch.Query q = new MindSearch.Query(
                query,
                Params.single(ctx, "from").map(id -> Ids.require("from", id)),
                Params.integer(ctx, "maxDistance", DEFAULT_MAX_DISTANCE, 1, MAX_DISTANCE),
                HopFilter.from(ctx),
                Params.limit(ctx),
                Params.cursor(ctx).map(SearchKey::parse));
        Caller caller = Caller.of(ctx);
        Page<SearchHit> page = TooBroad.guard("maxDistance", "ask with a smaller maxDistance or more specific words",
                () -> search.search(q, caller));
        List<SearchHit> shown = page.items().stream().map(hit -> new SearchHit(Shown.person(caller, hit.person()),
                hit.distance(), hit.via(), hit.relevance())).toList();
        ctx.json(new Page<>(shown, page.next()));
    }
}
