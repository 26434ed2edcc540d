package dev.tsunagari.procedures;

import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/**
 * tsunagari.search, tsunagari.reach and tsunagari.connectors answer the same from the live tie index and from the
 * store, on a randomized network written through the API: every tie type, context and strength, private people,
 * for an admin and for a caller who may not see them. Each statement is the very file the service runs.
 */
@Neo4jTest
class SearchReachConnectorsSourcesTest {
    private static final CypherFiles FILES = new CypherFiles();
    private static final List<String> TAGS = List.of("団地", "ライブハウス", "founder", "singer", "percussion");
    private static final List<String> WORDS = List.of("Aoi", "Mori", "太鼓", "designer", "団地", "singer");
    private static final List<String> CONTEXTS = List.of("card-exchange", "met", "online", "worked-together",
            "friend", "family", "introduced", "other");
    private static final Map<String, Object> ADMIN = Map.of("seesAll", true);
    private static final Map<String, Object> STRANGER = new HashMap<>(Map.of("seesAll", false, "account", "nobody"));
    private static final int PEOPLE = 70;

    @Test
    void eachProcedureAnswersTheSameFromTheIndexAndFromTheStore() {
        Random random = new Random(20261202);
        network(random);
        int searched = 0;
        int reached = 0;
        int connected = 0;
        for (int i = 0; i < 24; i++) {
            Map<String, Object> hop = hopRule(random);
            Map<String, Object> caller = random.nextBoolean() ? ADMIN : STRANGER;
            String from = random.nextInt(5) == 0 ? null : "p" + random.nextInt(PEOPLE);
            String word = WORDS.get(random.nextInt(WORDS.size()));
            Map<String, Object> search = new HashMap<>(hop);
            search.put("query", FullTextQuery.of(word).orElseThrow());
            search.put("maxDistance", 1 + random.nextInt(3));
            search.put("limit", 1000);
            search.put("caller", caller);
            search.put("fullExpandLimit", random.nextBoolean() ? 0 : 1000);
            search.put("today", "2026-12-02");
            List<String> hits = searchHits(from, search, "index");
            assertThat(hits).as("search %s %s", from, search).isEqualTo(searchHits(from, search, "store"));
            searched += hits.size();

            Map<String, Object> reach = new HashMap<>(hop);
            reach.put("caller", caller);
            String person = "p" + random.nextInt(PEOPLE);
            List<String> view = reach(person, reach, "index");
            assertThat(view).as("reach %s %s", person, reach).isEqualTo(reach(person, reach, "store"));
            reached += view.size();

            Map<String, Object> connectors = new HashMap<>(hop);
            connectors.put("caller", caller);
            connectors.put("limit", 1000);
            boolean byTag = random.nextBoolean();
            String kind = byTag ? null : FullTextQuery.of(word).orElseThrow();
            connectors.put("tags", byTag ? List.of(TAGS.get(random.nextInt(TAGS.size()))) : List.of());
            List<String> ranked = connectors(kind, connectors, "index");
            assertThat(ranked).as("connectors %s %s", kind, connectors).isEqualTo(connectors(kind, connectors, "store"));
            connected += ranked.size();
        }
        assertThat(searched).as("hits compared").isGreaterThan(100);
        assertThat(reached).as("reach views compared").isGreaterThan(10);
        assertThat(connected).as("connectors compared").isGreaterThan(100);
    }

    private static Map<String, Object> hopRule(Random random) {
        Map<String, Object> hop = new HashMap<>();
        hop.put("minStrength", random.nextInt(3) == 0 ? 0.5 : 0.0);
        hop.put("includeWeak", random.nextInt(3) == 0);
        return hop;
    }

    private static void network(Random random) {
        String[] given = {"Aoi", "Daichi", "Emi", "陽翔", "真由美", "Kenta"};
        String[] family = {"Mori", "Ito", "小野", "石田", "Ueda"};
        for (int p = 0; p < PEOPLE; p++) {
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextInt(4) == 0) {
                    tags.add("\"" + tag + "\"");
                }
            }
            String headline = random.nextInt(4) == 0 ? ", \"headline\": \"太鼓 designer\"" : "";
            String visibility = random.nextInt(8) == 0 ? ", \"visibility\": \"private\"" : "";
            var r = put("/api/people/p" + p, "{\"name\": \"" + given[random.nextInt(given.length)] + " "
                    + family[random.nextInt(family.length)] + "\", \"tags\": " + tags + headline + visibility + "}");
            assertThat(r.status()).as(r.text()).isEqualTo(201);
        }
        String[] types = {"KNOWS", "KNOWS", "TRUSTS", "FAN_OF"};
        for (int t = 0; t < 220; t++) {
            int a = random.nextInt(PEOPLE);
            int b = random.nextInt(PEOPLE);
            if (a == b) {
                continue;
            }
            int context = random.nextInt(CONTEXTS.size() + 1);
            String body = String.format(Locale.ROOT, "{\"from\": \"p%d\", \"to\": \"p%d\", \"type\": \"%s\", "
                    + "\"strength\": %.1f%s%s}", a, b, types[random.nextInt(types.length)], random.nextInt(11) / 10.0,
                    context == CONTEXTS.size() ? "" : ", \"context\": \"" + CONTEXTS.get(context) + "\"",
                    random.nextBoolean() ? ", \"lastContact\": \"2026-0" + (1 + random.nextInt(9)) + "-15\"" : "");
            var r = put("/api/ties", body);
            assertThat(r.status()).as(r.text()).isIn(200, 201);
        }
    }

    private static Map<String, Object> with(Map<String, Object> options, String source) {
        Map<String, Object> o = new HashMap<>(options);
        o.put("source", source);
        return o;
    }

    private static List<String> searchHits(String from, Map<String, Object> options, String source) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("options", with(options, source));
        return TestNeo4j.graph().read(tx -> {
            List<String> lines = new ArrayList<>();
            Graph.run(tx, FILES.get("finder/search"), params).forEachRemaining(row -> {
                for (Value hit : row.get("hits").values()) {
                    lines.add(hit.get("person").asNode().get("id").asString() + " " + hit.get("distance") + " "
                            + (hit.get("via").isNull() ? "-" : hit.get("via").get("id").asString()) + " "
                            + hit.get("relevance").asDouble());
                }
                lines.add("more " + row.get("more").asBoolean());
            });
            return lines;
        });
    }

    private static List<String> reach(String id, Map<String, Object> options, String source) {
        return TestNeo4j.graph().read(tx -> Graph.run(tx, FILES.get("relationships/person_reach"),
                Map.of("id", id, "options", with(options, source))).list(row -> row.get("withinOneHop") + "/"
                + row.get("withinTwoHops") + " " + row.get("kinds").asList(k -> k.get("kind").asString() + " "
                + k.get("withinOneHop") + "/" + k.get("withinTwoHops")) + " " + row.get("onlyBridgeForCount") + " "
                + row.get("onlyBridgeFor").asList(p -> p.get("id").asString())));
    }

    private static List<String> connectors(String kind, Map<String, Object> options, String source) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        params.put("options", with(options, source));
        return TestNeo4j.graph().read(tx -> Graph.run(tx, FILES.get("relationships/connectors"), params)
                .list(row -> row.get("person").get("id").asString() + " " + row.get("reaches") + "/"
                        + row.get("routes") + " " + row.get("sample").asList(Value::asString)));
    }
}
