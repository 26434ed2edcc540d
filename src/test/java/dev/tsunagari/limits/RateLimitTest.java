package dev.tsunagari.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.http.Json;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.OwnApp;
import dev.tsunagari.support.TestApi;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@Neo4jTest
class RateLimitTest {

    @Test
    void beyondTheLimitATokenGetsA429ProblemWithRetryAfter() throws Exception {
        try (OwnApp app = new OwnApp(TestApi.LIMITS.withRequestsPerMinute(5))) {
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> refused = null;
            for (int i = 0; i < 7; i++) {
                HttpResponse<String> response = app.get("/api/people");
                statuses.add(response.statusCode());
                if (response.statusCode() == 429) {
                    refused = response;
                }
            }

            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429, 429);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 60L);
            JsonNode problem = Json.MAPPER.readTree(refused.body());
            assertThat(problem.get("status").asInt()).isEqualTo(429);
            assertThat(problem.get("detail").asText()).contains("5 requests a minute");
        }
    }

    @Test
    void publicRoutesAndRequestsWithoutAValidTokenAreNotCounted() {
        try (OwnApp app = new OwnApp(TestApi.LIMITS.withRequestsPerMinute(2))) {
            app.get("/api/people");
            app.get("/api/people");
            assertThat(app.get("/api/people").statusCode()).isEqualTo(429);

            assertThat(app.get("/health").statusCode()).as("health is public and not limited").isEqualTo(200);
            assertThat(app.send("GET", "/api/people", null, null).statusCode())
                    .as("a request without a token is refused as unauthenticated, not counted").isEqualTo(401);
            assertThat(app.send("GET", "/api/people", null, "another-token").statusCode())
                    .as("a wrong token never gets a bucket").isEqualTo(401);
        }
    }
}
