package dev.tsunagari.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.OpenApiContract;
import dev.tsunagari.support.TestApi;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** /health tells the truth about Neo4j, quickly: DOWN with 503 when nothing answers on the Bolt port. */
class HealthTest {

    @Test
    void healthIsDownWithin5SecondsWhenNeo4jDoesNotAnswer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + closedPort, AuthTokens.none())) {
            Javalin app = App.create(Config.fromEnvironment(Map.of()).withAdminToken("unused"),
                    new Graph(driver, "neo4j"), "external, nowhere");
            app.start("127.0.0.1", 0);
            try {
                long started = System.nanoTime();
                HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - started) / 1_000_000;

                TestApi.Response response = new TestApi.Response(raw.statusCode(),
                        raw.headers().firstValue("Content-Type").orElse(""), raw.body(), raw);
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.json().get("status").asText()).isEqualTo("DOWN");
                assertThat(OpenApiContract.violations("GET", "/health", response)).isEmpty();
                assertThat(millis).as("answered in ms").isLessThan(5_000);
            } finally {
                app.stop();
            }
        }
    }
}
