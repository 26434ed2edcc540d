package dev.tsunagari.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.auth.AccountRole;
import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.PrometheusText;
import dev.tsunagari.support.TestApi;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/search}, a person's reach and {@code /api/connectors} each run one statement, the CALL of their
 * procedure, for an admin and for a member alike: counted by the service's own per-file query timers.
 */
@Neo4jTest
class SearchReachConnectorsMakeOneCallTest {

    @Test
    void searchReachAndConnectorsEachRunOneCallStatement() {
        Network.person("me", "Mika Mori", "singer");
        Network.person("kai", "Kai Ito", "founder");
        Network.person("aoi", "Aoi Ueda", "singer");
        Network.tie("me", "KNOWS", "kai", 0.8, "friend");
        Network.tie("kai", "KNOWS", "aoi", 0.7, "met");
        Accounts.As member = Accounts.create("Member", AccountRole.MEMBER.name().toLowerCase(), "me");
        assertThat(member.get("/api/people/me").status()).as("the member's token is known before counting").isEqualTo(200);
        String search = "/api/search?q=singer&from=me&maxDistance=3";
        String reach = "/api/people/kai/reach";
        String connectors = "/api/connectors?tag=singer";

        for (var as : new Asker[] {TestApi::get, member::get}) {
            assertThat(statements(() -> assertOk(as.get(search), "aoi"))).isEqualTo(Map.of("finder/search", 1.0));
            assertThat(statements(() -> assertOk(as.get(reach), "Mika Mori"))).isEqualTo(Map.of("relationships/person_reach", 1.0));
            assertThat(statements(() -> assertOk(as.get(connectors), "aoi")))
                    .isEqualTo(Map.of("relationships/connectors", 1.0));
        }
    }

    private interface Asker {
        TestApi.Response get(String path);
    }

    private static void assertOk(TestApi.Response response, String shown) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.text()).contains(shown);
    }

    /** The statements run while {@code request} ran, by Cypher file: how many times each (background jobs aside). */
    private static Map<String, Double> statements(Runnable request) {
        Map<String, Double> before = counts();
        request.run();
        Map<String, Double> after = counts();
        Map<String, Double> ran = new HashMap<>();
        after.forEach((query, n) -> {
            double delta = n - before.getOrDefault(query, 0.0);
            // The import jobs' heartbeat runs on its own timer, whatever the request.
            if (delta != 0 && !query.startsWith("jobs/")) {
                ran.put(query, delta);
            }
        });
        return ran;
    }

    private static Map<String, Double> counts() {
        TestApi.Response metrics = TestApi.send("GET", "/metrics", null, null);
        assertThat(metrics.status()).isEqualTo(200);
        Map<String, Double> counts = new HashMap<>();
        PrometheusText.named(metrics.text(), "neo4j_query_seconds_count")
                .forEach(s -> counts.merge(s.labels().get("query"), s.value(), Double::sum));
        return counts;
    }
}
