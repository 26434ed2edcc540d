package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import org.junit.jupiter.api.Test;

/** Neo4j Browser is served from its jar at /browser, under a policy that lets it reach Bolt on this machine only. */
@Neo4jTest
class NeoBrowserServedTest {

    @Test
    void theBrowserIndexAndItsScriptsAreServedWithTheirPolicy() {
        TestApi.Response index = TestApi.get("/browser/");

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.text()).contains("<title>Neo4j Browser</title>");
        String csp = index.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("connect-src 'self' ws://127.0.0.1:* ws://localhost:*").doesNotContain("*.", " * ");
        String script = index.text().replaceAll("(?s).*<script src=\"(app-[^\"]+\\.js)\".*", "$1");
        TestApi.Response app = TestApi.get("/browser/" + script);
        assertThat(app.status()).as(script).isEqualTo(200);
        assertThat(app.contentType()).contains("javascript");
    }

    @Test
    void theBrowserWithoutATrailingSlashStillFindsItsFiles() {
        TestApi.Response response = TestApi.get("/browser");

        assertThat(response.status()).as("relative script paths need the trailing slash").isEqualTo(301);
        assertThat(response.raw().headers().firstValue("Location")).hasValue("/browser/");
    }
}
