package dev.tsunagari.introductions;

import static dev.tsunagari.support.Network.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Times every view of the feature over real HTTP on a network of 5,000 people and 20,000 ties with 100
 * introductions and 100 interactions, and holds the median of each to the time of a conversation (the machine
 * running the build may be busy, so the budget is generous and the tail is only printed). Prints the timings.
 */
@Neo4jTest
class IntroductionsAtScaleTest {
    private static final int PEOPLE = 5_000;
    private static final int ROUNDS = 30;
    private static final long BUDGET_MS = 1_500;

    @Test
    void everyViewAnswersInConversationTimeAtFiveThousandPeople() {
        ClockedApi.reset();
        CypherFiles cypher = new CypherFiles();
        TestNeo4j.graph().write(tx -> Graph.run(tx, cypher.get("test/scale_people"), Map.of("people", PEOPLE)).consume());
        TestNeo4j.graph().write(tx -> Graph.run(tx, cypher.get("test/scale_ties"), Map.of("people", PEOPLE)).consume());

        Map<String, long[]> timings = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        timings.put("POST introductions", time(100, n -> {
            int via = via(n);
            var response = ClockedApi.admin().post("/api/introductions", "{\"requester\": \"" + person(via + (1 + via % 3))
                    + "\", \"target\": \"" + person(via + 7 * (1 + via % 3)) + "\", \"via\": \"p" + via + "\"}");
            ids.add(expect(response, 201).get("id").asText());
            return response;
        }));
        timings.put("POST agree", time(ROUNDS, n -> ClockedApi.admin().post("/api/introductions/" + ids.get(n) + "/agree", null)));
        timings.put("POST accept", time(ROUNDS, n -> ClockedApi.admin().post("/api/introductions/" + ids.get(n) + "/accept", null)));
        timings.put("POST connect", time(ROUNDS, n -> ClockedApi.admin().post("/api/introductions/" + ids.get(n) + "/connect", null)));
        timings.put("POST interactions", time(100, n -> ClockedApi.admin().post("/api/people/" + person(n * 7 + 1)
                + "/interactions", "{\"with\": \"" + person(n * 7 + 2) + "\", \"kind\": \"helped\", \"at\": \"2026-10-01\"}")));
        timings.put("GET introduction", time(ROUNDS, n -> ClockedApi.admin().get("/api/introductions/" + ids.get(n))));
        timings.put("GET introductions?person", time(ROUNDS, n -> ClockedApi.admin().get("/api/introductions?person=p" + via(n))));
        timings.put("GET busy", time(ROUNDS, n -> ClockedApi.admin().get("/api/people/p" + via(n) + "/busy")));
        timings.put("GET ledger", time(ROUNDS, n -> ClockedApi.admin().get("/api/people/" + person(n * 91 + 1) + "/ledger")));
        timings.put("GET keep-in-touch", time(ROUNDS, n -> ClockedApi.admin().get("/api/people/" + person(n * 91) + "/keep-in-touch?minStrength=0.5")));
        timings.put("GET fans", time(ROUNDS, n -> ClockedApi.admin().get("/api/people/" + person(n * 91) + "/fans")));
        timings.put("GET reach", time(ROUNDS, n -> ClockedApi.admin().get("/api/people/" + person(n * 91) + "/reach")));
        timings.put("GET connectors?tag", time(ROUNDS, n -> ClockedApi.admin().get("/api/connectors?tag="
                + TestApi.encode(List.of("団地", "founder", "singer").get(n % 3)))));

        timings.forEach((name, ms) -> System.out.printf("%-26s median %4d ms  p95 %4d ms  max %4d ms  (n=%d)%n",
                name, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], ms.length));
        timings.forEach((name, ms) -> assertThat(ms[ms.length / 2]).as(name + " median (ms)").isLessThan(BUDGET_MS));
    }

    /** The n-th intermediary: a person whose ties are not only card exchanges. */
    private static int via(int n) {
        int via = 1 + n * 13;
        return via % 10 == 0 ? via + 1 : via;
    }

    private static String person(int n) {
        return "p" + Math.floorMod(n, PEOPLE);
    }

    /** Runs {@code call} for n = 0..rounds-1 and returns the sorted times in milliseconds; each must succeed. */
    private static long[] time(int rounds, IntFunction<TestApi.Response> call) {
        List<Long> times = new ArrayList<>();
        for (int n = 0; n < rounds; n++) {
            long start = System.nanoTime();
            TestApi.Response response = call.apply(n);
            times.add((System.nanoTime() - start) / 1_000_000);
            assertThat(response.status()).as(response.text()).isBetween(200, 201);
        }
        Collections.sort(times);
        return times.stream().mapToLong(Long::longValue).toArray();
    }
}
