package dev.tsunagari.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.config.Limits;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.OwnApp;
import dev.tsunagari.support.TestApi;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ConsoleTimeLimitTest {

    @Test
    void aStatementRunningPastTheLimitIsEndedByTheServerAndAnswered422() {
        try (OwnApp app = new OwnApp(TestApi.LIMITS.withConsole(Duration.ofSeconds(1), 1000))) {
            long started = System.nanoTime();
            HttpResponse<String> response = app.send("POST", "/api/cypher",
                    "{\"query\": \"UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS c\"}",
                    TestApi.TOKEN);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).contains("longer than 1 s").doesNotContain("org.neo4j", "Exception");
            // The server checks running transactions every 200 ms (every 2 s in a stock server).
            assertThat(millis).isLessThan(8_000);

            HttpResponse<String> next = app.send("POST", "/api/cypher", "{\"query\": \"RETURN 1 AS one\"}", TestApi.TOKEN);
            assertThat(next.statusCode()).as("the console answers again at once").isEqualTo(200);
        }
    }
}
