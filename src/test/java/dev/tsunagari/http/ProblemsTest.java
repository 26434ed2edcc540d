package dev.tsunagari.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import org.junit.jupiter.api.Test;

/** Refusals made by Javalin and Jetty themselves read like the API's own problems. */
@Neo4jTest
class ProblemsTest {

    @Test
    void aWrongMethodIs405AndSaysWhichMethodsTheResourceAllows() {
        var response = TestApi.send("PATCH", "/api/people/aiko/ties", "{}", TestApi.TOKEN);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.raw().headers().firstValue("Allow")).hasValue("GET");
        assertThat(response.json().get("detail").asText()).isEqualTo("PATCH is not allowed on /api/people/aiko/ties");
        assertThat(TestApi.send("POST", "/api/people/aiko", "{}", TestApi.TOKEN).raw().headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow.split(", ")).containsExactlyInAnyOrder("GET", "PUT", "PATCH", "DELETE"));
    }

    @Test
    void aPathJettyWillNotReadIsAProblemForEveryMethod() {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            var response = TestApi.send(method, "/api/people/a%00b", method.equals("PUT") ? "{\"name\": \"x\"}" : null, TestApi.TOKEN);
            assertThat(response.status()).as(method).isEqualTo(400);
            assertThat(response.contentType()).as(method).startsWith("application/problem+json");
            // Jetty does not keep a path it could not read: the problem says so rather than inventing one.
            assertThat(response.json().get("instance").asText()).isEqualTo("about:blank");
            assertThat(response.json().get("detail").asText()).startsWith("The HTTP request was rejected: ");
        }
    }

    @Test
    void anUnknownRouteIsAProblemNamingThePath() {
        var response = TestApi.get("/api/people/aiko/friends");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("detail").asText()).isEqualTo("No resource at /api/people/aiko/friends");
    }
}
