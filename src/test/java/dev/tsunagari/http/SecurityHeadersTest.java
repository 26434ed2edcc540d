package dev.tsunagari.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every answer says nosniff and sends no referrer; every HTML page has a Content-Security-Policy. */
@Neo4jTest
class SecurityHeadersTest {

    @Test
    void everyKindOfAnswerCarriesNosniffAndNoReferrer() {
        List<TestApi.Response> answers = List.of(
                TestApi.get("/api/people"),
                TestApi.get("/api/nope"),
                TestApi.send("GET", "/api/people", null, null),
                TestApi.get("/api/people/%00"),
                TestApi.get("/health"),
                TestApi.get("/openapi.json"),
                TestApi.get("/"),
                TestApi.get("/docs"),
                TestApi.get("/browser/"),
                TestApi.get("/js/main.js"),
                TestApi.post("/api/cypher", "{\"query\": \"MATC (n)\"}"),
                TestApi.exchange("GET", "/api/people", null, false, Map.of("X-Padding", "x".repeat(20_000))));

        for (TestApi.Response answer : answers) {
            String where = answer.raw().request().uri() + " → " + answer.status();
            assertThat(answer.raw().headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            assertThat(answer.raw().headers().firstValue("Referrer-Policy")).as(where).hasValue("no-referrer");
        }
    }

    @Test
    void everyHtmlPageHasAContentSecurityPolicy() {
        for (String page : List.of("/", "/docs", "/browser/")) {
            TestApi.Response response = TestApi.get(page);

            assertThat(response.status()).as(page).isEqualTo(200);
            assertThat(response.contentType()).as(page).startsWith("text/html");
            assertThat(response.raw().headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'"));
        }
    }

    @Test
    void driverErrorsNeverReachTheBody() {
        for (String query : List.of("MATC (n) RETURN n", "RETURN 1/0", "CALL no.such.procedure()",
                "RETURN toInteger([1])", "RETURN datetime('not a date')")) {
            TestApi.Response response = TestApi.post("/api/cypher", "{\"query\": " + Json.MAPPER.valueToTree(query) + "}");

            assertThat(response.status()).as(query + " → " + response.text()).isBetween(400, 499);
            assertThat(response.text()).as(query).doesNotContain("org.neo4j", "Exception", "java.", "\tat ");
        }
    }
}
