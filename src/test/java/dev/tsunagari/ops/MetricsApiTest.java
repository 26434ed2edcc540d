package dev.tsunagari.ops;

import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tsunagari.metrics.ImportProgress;
import dev.tsunagari.metrics.Metrics;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.PrometheusText;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.Map;
import org.junit.jupiter.api.Test;

@Neo4jTest
class MetricsApiTest {
    private static final Map<String, String> PUT_PERSON_CREATED =
            Map.of("method", "PUT", "route", "/api/people/{id}", "status", "201");

    @Test
    void metricsArePublicAndInThePrometheusTextFormat() {
        var response = TestApi.send("GET", "/metrics", null, null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(PrometheusText.parse(response.text())).isNotEmpty();
    }

    @Test
    void requestLatencyIsAHistogramPerRouteTemplateAndStatus() {
        double before = PrometheusText.sum(scrape(), "http_server_requests_seconds_count", PUT_PERSON_CREATED);
        assertThat(put("/api/people/metric-person-1", "{\"name\": \"計測 一郎\"}").status()).isEqualTo(201);
        assertThat(get("/api/people/metric-nobody").status()).isEqualTo(404);

        String text = scrapeUntil(t -> PrometheusText.sum(t, "http_server_requests_seconds_count",
                Map.of("method", "GET", "route", "/api/people/{id}", "status", "404")) > 0);
        assertThat(PrometheusText.sum(text, "http_server_requests_seconds_count", PUT_PERSON_CREATED))
                .isEqualTo(before + 1);
        assertThat(PrometheusText.named(text, "http_server_requests_seconds_bucket"))
                .filteredOn(s -> s.labels().get("route").equals("/api/people/{id}"))
                .extracting(s -> s.labels().get("le"))
                .contains("0.005", "0.1", "1.0", "+Inf");
        assertThat(text).as("paths are never labels").doesNotContain("metric-person-1", "metric-nobody");
    }

    @Test
    void unmatchedPathsAndRefusedRequestsShareAFewLabels() {
        assertThat(get("/no/such/page/for-metrics").status()).isEqualTo(404);
        assertThat(TestApi.send("GET", "/api/people/refused-for-metrics", null, null).status()).isEqualTo(401);
        String text = scrapeUntil(t -> PrometheusText.sum(t, "http_server_requests_seconds_count",
                Map.of("route", "/api/people/{id}", "status", "401")) > 0);
        assertThat(PrometheusText.sum(text, "http_server_requests_seconds_count",
                Map.of("route", "unmatched", "status", "404"))).isPositive();
        assertThat(text).doesNotContain("for-metrics");
    }

    @Test
    void neo4jQueriesAreTimedPerCypherFile() {
        Map<String, String> upsert = Map.of("query", "people/upsert", "outcome", "ok");
        double before = PrometheusText.sum(scrape(), "neo4j_query_seconds_count", upsert);
        put("/api/people/metric-person-2", "{\"name\": \"計測 二郎\"}");
        get("/api/people/metric-person-2");

        String text = scrape();
        assertThat(PrometheusText.sum(text, "neo4j_query_seconds_count", upsert)).isEqualTo(before + 1);
        assertThat(PrometheusText.sum(text, "neo4j_query_seconds_count", Map.of("query", "people/get"))).isPositive();
        assertThat(PrometheusText.sum(text, "neo4j_query_seconds_sum", upsert)).isPositive();
    }

    @Test
    void theLiveTieIndexShowsWhatItHoldsAndHowCurrentItIs() {
        assertThat(put("/api/people/metric-person-3", "{\"name\": \"計測 三郎\"}").status()).isIn(200, 201);
        String text = scrapeUntil(t -> PrometheusText.sum(t, "tsunagari_index_ready", Map.of()) == 1.0
                && PrometheusText.sum(t, "tsunagari_index_people", Map.of()) > 0);
        double people = TestNeo4j.graph().read(tx -> tx.run("MATCH (p:Person) RETURN count(p) AS n").single()
                .get("n").asDouble());
        String current = scrapeUntil(t -> PrometheusText.sum(t, "tsunagari_index_people", Map.of()) == people);
        assertThat(PrometheusText.sum(current, "tsunagari_index_people", Map.of())).isEqualTo(people);
        for (String gauge : new String[] {"tsunagari_index_ties", "tsunagari_index_fan_ties", "tsunagari_index_bytes",
                "tsunagari_index_build_seconds", "tsunagari_index_last_transaction", "tsunagari_index_updates",
                "tsunagari_index_store_transaction", "tsunagari_index_current"}) {
            assertThat(PrometheusText.named(text, gauge)).as(gauge).hasSize(1);
        }
        assertThat(PrometheusText.sum(text, "tsunagari_index_bytes", Map.of())).isPositive();
    }

    @Test
    void driverConnectionPoolsAreGauges() {
        assumeThat(TestNeo4j.BACKEND).as("the container driver is opened without pool metrics").isNotEqualTo("testcontainers");
        get("/api/people?limit=1");
        String text = scrape();
        assertThat(PrometheusText.named(text, "neo4j_driver_pool_connections"))
                .extracting(s -> s.labels().get("state"))
                .contains("in_use", "idle", "creating");
        assertThat(PrometheusText.sum(text, "neo4j_driver_pool_opened_total", Map.of())).isPositive();
    }

    @Test
    void jvmBasicsAreThere() {
        String text = scrape();
        assertThat(PrometheusText.sum(text, "jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(PrometheusText.named(text, "jvm_threads_live_threads")).isNotEmpty();
        assertThat(PrometheusText.named(text, "process_uptime_seconds")).isNotEmpty();
    }

    @Test
    void importProgressCountsRecordsAndRunsByOutcome() {
        Metrics metrics = new Metrics();
        try (ImportProgress.Run run = metrics.imports().start("json")) {
            run.add("people", 250);
            run.add("people", 50);
            run.add("ties", 12);
            assertThat(PrometheusText.sum(metrics.scrape(), "tsunagari_imports_running", Map.of())).isEqualTo(1);
            run.succeeded();
        }
        try (ImportProgress.Run failing = metrics.imports().start("csv")) {
            failing.add("people", 3);
        }
        String text = metrics.scrape();
        assertThat(PrometheusText.sum(text, "tsunagari_import_records_total", Map.of("format", "json", "kind", "people")))
                .isEqualTo(300);
        assertThat(PrometheusText.sum(text, "tsunagari_import_records_total", Map.of("kind", "ties"))).isEqualTo(12);
        assertThat(PrometheusText.sum(text, "tsunagari_imports_total", Map.of("format", "json", "outcome", "ok"))).isEqualTo(1);
        assertThat(PrometheusText.sum(text, "tsunagari_imports_total", Map.of("format", "csv", "outcome", "failed"))).isEqualTo(1);
        assertThat(PrometheusText.sum(text, "tsunagari_imports_running", Map.of())).isZero();
    }

    /** Request samples are taken as the request finishes, a moment after the client has its answer. */
    private static String scrapeUntil(java.util.function.Predicate<String> seen) {
        String text = scrape();
        for (int i = 0; i < 50 && !seen.test(text); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            text = scrape();
        }
        assertThat(seen.test(text)).as(text).isTrue();
        return text;
    }

    private static String scrape() {
        var response = get("/metrics");
        assertThat(response.status()).isEqualTo(200);
        return response.text();
    }
}
