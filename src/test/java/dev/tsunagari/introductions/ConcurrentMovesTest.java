package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.SACHIKO;
import static dev.tsunagari.introductions.Story.move;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ConcurrentMovesTest {

    @BeforeEach
    void story() {
        ClockedApi.reset();
        Story.people();
    }

    @Test
    void twoConcurrentAcceptsAndConnectsLeaveExactlyOneNewTie() throws Exception {
        String id = Story.ask();
        move(id, "agree", MAYUMI);
        // Each of two clients accepts and then connects, at the same moment: the target's phone and laptop.
        List<List<Integer>> statuses = concurrently(2, () -> List.of(
                ClockedApi.as(SACHIKO).post("/api/introductions/" + id + "/accept", null).status(),
                ClockedApi.admin().post("/api/introductions/" + id + "/connect", null).status()));
        assertThat(statuses.stream().map(s -> s.get(0)).toList()).containsExactlyInAnyOrder(200, 409);
        assertThat(statuses.stream().map(s -> s.get(1)).toList()).containsExactlyInAnyOrder(200, 409);
        assertThat(knowsTies(HARUTO, SACHIKO)).hasSize(1);
        var history = ClockedApi.admin().get("/api/introductions/" + id).json().get("history");
        assertThat(history.findValuesAsText("status")).containsExactly("proposed", "asked", "accepted", "connected");
    }

    @Test
    void eightConcurrentAcceptsLetOneThrough() throws Exception {
        String id = Story.ask();
        move(id, "agree", MAYUMI);
        List<Integer> statuses = concurrently(8,
                () -> ClockedApi.as(SACHIKO).post("/api/introductions/" + id + "/accept", null).status());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
    }

    @Test
    void twoIntroductionsOfOnePairConnectedAtOnceLeaveOneTie() throws Exception {
        Story.person("rin", "Rin Hayashi", "singer", "ライブハウス");
        Story.tie("rin", "KNOWS", HARUTO, 0.7, "met");
        Story.tie("rin", "KNOWS", SACHIKO, 0.5, "online");
        String one = Story.ask();
        String other = Story.ask(SACHIKO, HARUTO, "rin");
        move(one, "agree", MAYUMI);
        move(one, "accept", SACHIKO);
        move(other, "agree", "rin");
        move(other, "accept", HARUTO);
        List<Integer> statuses = concurrently(2, List.of(
                () -> ClockedApi.as(MAYUMI).post("/api/introductions/" + one + "/connect", null).status(),
                () -> ClockedApi.as("rin").post("/api/introductions/" + other + "/connect", null).status()));
        assertThat(statuses).containsOnly(200);
        assertThat(knowsTies(HARUTO, SACHIKO)).hasSize(1);
    }

    private static List<String> knowsTies(String a, String b) {
        return TestNeo4j.snapshot().stream()
                .filter(l -> l.startsWith("rel " + a + " KNOWS " + b + " ") || l.startsWith("rel " + b + " KNOWS " + a + " "))
                .toList();
    }

    private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(task);
        }
        return concurrently(threads, tasks);
    }

    private static <T> List<T> concurrently(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }
}
