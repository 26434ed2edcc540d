package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page as files, without a browser: served from this service under its policy, with no inline code or style
 * the policy would refuse, and every file it loads (scripts, their imports, styles, the cytoscape webjar) present.
 */
@Neo4jTest
class WebPageServedTest {
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from \"\\./([\\w-]+\\.js)\"");

    @Test
    void thePageIsServedAtTheRootUnderAStrictContentSecurityPolicy() {
        var page = TestApi.exchange("GET", "/", null, false, Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).contains(WebPage.CONTENT_SECURITY_POLICY);
        assertThat(WebPage.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe");
        assertThat(page.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void thePageHoldsNoInlineScriptStyleOrHandlerAndItsVersionsAreFilledIn() {
        String html = TestApi.exchange("GET", "/", null, false, Map.of()).text();

        assertThat(html).doesNotContain("${").doesNotContainPattern("(?i)<style").doesNotContainPattern("(?i)\\sstyle=")
                .doesNotContainPattern("(?i)\\son[a-z]+=").doesNotContainPattern("(?i)javascript:");
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("every script is a file").contains("src=\"/");
        }
        assertThat(html).contains("/webjars/cytoscape/" + cytoscapeVersion() + "/dist/cytoscape.min.js");
    }

    @Test
    void everyFileThePageLoadsComesFromThisService() {
        String html = TestApi.exchange("GET", "/", null, false, Map.of()).text();
        Set<String> loaded = new LinkedHashSet<>();
        Matcher assets = ASSET.matcher(html);
        while (assets.find()) {
            loaded.add(assets.group(1));
        }
        assertThat(loaded).as("nothing from a CDN").allMatch(url -> url.startsWith("/"))
                .contains("/js/main.js", "/css/app.css");

        Deque<String> modules = new ArrayDeque<>(List.of("main.js"));
        Set<String> seen = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (seen.add(module)) {
                var script = TestApi.exchange("GET", "/js/" + module, null, false, Map.of());
                if (script.status() != 200 || !script.contentType().contains("javascript")) {
                    failures.add(module + " → " + script.status() + " " + script.contentType());
                }
                assertThat(script.text()).as(module + " builds elements from data, never markup")
                        .doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML");
                Matcher imports = IMPORT.matcher(script.text());
                while (imports.find()) {
                    modules.add(imports.group(1));
                }
            }
        }
        for (String url : loaded) {
            var asset = TestApi.exchange("GET", url, null, false, Map.of());
            if (asset.status() != 200 || asset.text().isBlank()) {
                failures.add(url + " → " + asset.status());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(seen).contains("api.js", "graph.js", "search.js", "paths.js", "person.js", "i18n.js");
    }

    private static String cytoscapeVersion() {
        var properties = new java.util.Properties();
        try (var in = WebPageServedTest.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
