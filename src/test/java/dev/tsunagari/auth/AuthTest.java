package dev.tsunagari.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.OpenApiContract;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented /api operation needs the bearer token; /health, /openapi.json and /docs do not. */
@Neo4jTest
class AuthTest {
    /** Authorization headers that must not pass (null: no header at all). */
    private static final List<String> WRONG = List.of("none", "Bearer wrong-token", "Basic dGVzdDp0ZXN0", "Bearer",
            "Bearer ", "Token " + TestApi.TOKEN, TestApi.TOKEN, "Bearer " + TestApi.TOKEN + "x",
            "Bearer " + TestApi.TOKEN.toUpperCase(), "Bearer " + TestApi.TOKEN + ", Bearer other");

    static Stream<Arguments> apiOperationsWithWrongCredentials() {
        return OpenApiContract.operations().stream()
                .filter(op -> op.template().startsWith("/api/"))
                .flatMap(op -> WRONG.stream().map(header -> Arguments.of(op.method(), op.template(), header)));
    }

    @BeforeEach
    void twoPeople() {
        TestApi.put("/api/people/aiko", "{\"name\": \"Aiko\"}");
        TestApi.put("/api/people/ken", "{\"name\": \"Ken\"}");
    }

    @ParameterizedTest(name = "{0} {1} with Authorization: {2}")
    @MethodSource("apiOperationsWithWrongCredentials")
    void apiRoutesRefuseMissingOrWrongTokens(String method, String template, String authorization) {
        List<String> before = TestNeo4j.snapshot();
        Map<String, String> headers = new HashMap<>();
        if (!authorization.equals("none")) {
            headers.put("Authorization", authorization);
        }
        String body = switch (method) {
            case "PUT", "POST", "PATCH" -> template.equals("/api/ties")
                    ? "{\"from\": \"aiko\", \"to\": \"ken\", \"type\": \"KNOWS\"}" : "{\"name\": \"Changed\"}";
            default -> null;
        };
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        String path = template.replace("{id}", "aiko").replace("{from}", "aiko").replace("{type}", "KNOWS").replace("{to}", "ken");

        TestApi.Response response = TestApi.exchange(method, path,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), false, headers);

        assertThat(response.status()).as(method + " " + path + " with Authorization: " + authorization).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.json().get("instance").asText()).matches(java.util.regex.Pattern.quote(path) + "#request-[0-9a-f]+");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void aTokenInOtherLetterCaseIsRefusedOnAConnectionThatJustSentTheRightOne() {
        assertThat(TestApi.get("/api/people/aiko").status()).isEqualTo(200);
        var response = TestApi.exchange("GET", "/api/people/aiko", null, false,
                Map.of("Authorization", "Bearer " + TestApi.TOKEN.toUpperCase()));
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        var response = TestApi.exchange("GET", "/api/people/aiko", null, false, Map.of("Authorization", "bearer " + TestApi.TOKEN));
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void healthDocsAndTheDocumentArePublic() {
        var health = TestApi.exchange("GET", "/health", null, false, Map.of());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(TestApi.exchange("GET", "/openapi.json", null, false, Map.of()).status()).isEqualTo(200);
        assertThat(TestApi.exchange("GET", "/docs", null, false, Map.of("Authorization", "Bearer wrong")).status()).isEqualTo(200);
    }

    @Test
    void anUnknownApiPathStillNeedsTheToken() {
        // Without the token a caller learns nothing, not even which routes exist.
        assertThat(TestApi.exchange("GET", "/api/no-such-thing", null, false, Map.of()).status()).isEqualTo(401);
        assertThat(TestApi.get("/api/no-such-thing").status()).isEqualTo(404);
    }
}
