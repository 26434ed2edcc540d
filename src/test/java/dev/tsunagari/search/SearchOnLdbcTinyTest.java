package dev.tsunagari.search;

import static dev.tsunagari.support.TestApi.encode;
import static dev.tsunagari.support.TestApi.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.http.Page;
import dev.tsunagari.support.LdbcTiny;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.ReferenceGraph;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/search} on the LDBC SNB tiny graph against an independent breadth-first search: every match
 * within reach is placed at its true distance with a usable first hop, nothing nearer is missed, the order holds,
 * and meeting the last level from the matches' side gives the same answer. Loaded through the API once.
 */
@Neo4jTest
class SearchOnLdbcTinyTest {
    private record Setting(double minStrength, boolean includeWeak, int maxDistance) {}

    private static final List<Setting> SETTINGS = List.of(
            new Setting(0.0, false, 2), new Setting(0.0, true, 3), new Setting(0.4, false, 1),
            new Setting(0.2, true, 2), new Setting(0.0, false, 3));

    @Test
    void distancesFirstHopsAndPagesAgreeWithAnIndependentBreadthFirstSearch() {
        LdbcTiny ldbc = LdbcTiny.read().loadThroughApi();
        List<String> ids = new ArrayList<>(ldbc.persons.keySet());
        MindSearch fromTheMatchesSide = new MindSearch(TestNeo4j.graph(), new CypherFiles(), 0);
        Random random = new Random(42);
        int placed = 0;
        for (Setting s : SETTINGS) {
            ReferenceGraph reference = new ReferenceGraph(ids, ldbc.edges, s.minStrength(), s.includeWeak());
            for (int i = 0; i < 16; i++) {
                String from = ids.get(random.nextInt(ids.size()));
                LdbcTiny.Person someone = ldbc.persons.get(ids.get(random.nextInt(ids.size())));
                String word = someone.tags().isEmpty() ? someone.name().split(" ")[0]
                        : someone.tags().get(random.nextInt(someone.tags().size()));
                Set<String> matches = new HashSet<>(ids(call("/api/search?limit=1000&q=" + encode(word))));
                String query = String.format(Locale.ROOT, "/api/search?limit=1000&q=%s&from=%s&maxDistance=%d"
                        + "&minStrength=%s&includeWeak=%s", encode(word), from, s.maxDistance(), s.minStrength(),
                        s.includeWeak());
                JsonNode items = call(query).get("items");
                placed += check(items, from, matches, s, reference);

                Page<SearchHit> other = fromTheMatchesSide.search(new MindSearch.Query(
                        FullTextQuery.of(word).orElseThrow(), Optional.of(from), s.maxDistance(),
                        new HopFilter(s.minStrength(), s.includeWeak()), 1000, Optional.empty()), Caller.BOOTSTRAP_ADMIN);
                assertThat(summary(other)).as("%s from the matches' side", query).isEqualTo(summary(items));
            }
        }
        assertThat(placed).as("the queries place many people").isGreaterThan(50);
        pagesJoinUpToTheWholeList(ids.get(0));
    }

    /** Small pages of a search that spans near and far matches list the same people as one big page. */
    private static void pagesJoinUpToTheWholeList(String from) {
        String base = "/api/search?q=" + encode("Khan") + "&from=" + from + "&includeWeak=true&maxDistance=3";
        JsonNode all = call(base + "&limit=1000");
        List<String> whole = ids(all);
        assertThat(whole).hasSizeGreaterThan(4);
        List<String> distances = new ArrayList<>();
        all.get("items").forEach(item -> distances.add(item.get("distance").asText()));
        assertThat(distances).as("the list spans people within reach and beyond").contains("null")
                .anyMatch(d -> !d.equals("null"));
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = call(base + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            paged.addAll(ids(page));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        assertThat(paged).isEqualTo(whole);
    }

    /** Checks one answer; returns how many people it placed. */
    private static int check(JsonNode items, String from, Set<String> matches, Setting s, ReferenceGraph reference) {
        Set<String> expectedNear = new HashSet<>();
        for (String m : matches) {
            int d = reference.distance(from, m, s.maxDistance());
            if (!m.equals(from) && d > 0) {
                expectedNear.add(m);
            }
        }
        Set<String> near = new HashSet<>();
        int previousDistance = 0;
        double previousRelevance = 2;
        for (JsonNode item : items) {
            String id = item.get("person").get("id").asText();
            assertThat(id).isNotEqualTo(from);
            int d = item.get("distance").isNull() ? Integer.MAX_VALUE : item.get("distance").asInt();
            int expected = reference.distance(from, id, s.maxDistance());
            assertThat(d).as("distance %s -> %s", from, id).isEqualTo(expected < 0 ? Integer.MAX_VALUE : expected);
            if (d != Integer.MAX_VALUE) {
                near.add(id);
                String via = item.get("via").get("id").asText();
                assertThat(reference.neighbours(from)).contains(via);
                assertThat(d == 1 ? via : String.valueOf(reference.distance(via, id, d - 1)))
                        .isEqualTo(d == 1 ? id : String.valueOf(d - 1));
            } else {
                assertThat(item.get("via").isNull()).isTrue();
            }
            double relevance = item.get("relevance").asDouble();
            assertThat(relevance).isBetween(0.0, 1.0);
            assertThat(d).isGreaterThanOrEqualTo(previousDistance);
            if (d == previousDistance) {
                assertThat(relevance).isLessThanOrEqualTo(previousRelevance);
            }
            previousDistance = d;
            previousRelevance = relevance;
        }
        assertThat(near).as("everyone matching within reach of %s, no one else", from).isEqualTo(expectedNear);
        return near.size();
    }

    private static List<String> summary(JsonNode items) {
        List<String> lines = new ArrayList<>();
        items.forEach(item -> lines.add(item.get("person").get("id").asText() + " " + item.get("distance").asText()
                + " " + (item.get("via").isNull() ? "-" : item.get("via").get("id").asText())));
        return lines;
    }

    private static List<String> summary(Page<SearchHit> page) {
        return page.items().stream().map(hit -> hit.person().id() + " "
                + (hit.distance() == null ? "null" : hit.distance()) + " "
                + (hit.via() == null ? "-" : hit.via().id())).toList();
    }

    private static JsonNode call(String path) {
        TestApi.Response r = get(path);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("person").get("id").asText()));
        return ids;
    }
}
