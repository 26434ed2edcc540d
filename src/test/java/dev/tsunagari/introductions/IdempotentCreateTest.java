package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.SACHIKO;
import static dev.tsunagari.introductions.Story.askBody;
import static dev.tsunagari.introductions.Story.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class IdempotentCreateTest {
    private static final ClockedApi.Call HARUTO_WITH_KEY = ClockedApi.as(HARUTO).header("Idempotency-Key", "ask-7f3a");

    @BeforeEach
    void story() {
        ClockedApi.reset();
        Story.people();
    }

    @Test
    void aRetriedCreateReturnsTheSameIntroduction() {
        var first = HARUTO_WITH_KEY.post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "light"));
        String id = expect(first, 201).get("id").asText();
        var retry = HARUTO_WITH_KEY.post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "light"));
        assertThat(expect(retry, 201).get("id").asText()).isEqualTo(id);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.raw().headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(introductionNodes()).hasSize(1);
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        expect(HARUTO_WITH_KEY.post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "light")), 201);
        var other = HARUTO_WITH_KEY.post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "vouched"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(introductionNodes()).hasSize(1);
    }

    @Test
    void withoutAKeyTheSameAskTwiceIsAConflictWhileTheFirstIsOpen() {
        String id = Story.ask();
        var again = ClockedApi.as(HARUTO).post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "light"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains(id);
    }

    @Test
    void eightConcurrentRetriesOfOneKeyCreateOneIntroduction() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestApi.Response>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return HARUTO_WITH_KEY.post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "light"));
            }));
        }
        start.countDown();
        List<String> ids = new ArrayList<>();
        for (Future<TestApi.Response> result : results) {
            ids.add(expect(result.get(), 201).get("id").asText());
        }
        pool.shutdown();
        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        assertThat(introductionNodes()).hasSize(1);
    }

    private static List<String> introductionNodes() {
        return TestNeo4j.snapshot().stream().filter(line -> line.contains(":Introduction")).toList();
    }
}
