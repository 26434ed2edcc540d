package dev.tsunagari.ties;

import static dev.tsunagari.support.TestApi.delete;
import static dev.tsunagari.support.TestApi.post;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A write that names a person who is being deleted at the same moment (a tie to them, an interaction with them) is
 * answered as if it came just before or just after the delete: a 2xx, the answer for an unknown person, or 409
 * when the person was deleted and put back during the request; never a 5xx. Neo4j's read-committed isolation lets the write find the person and then meet them deleted; the transaction
 * is run again, and the second attempt no longer finds them.
 */
@Neo4jTest
class WritesRacingDeletesTest {
    private static final int PEOPLE = 6;
    private static final long SECONDS = Long.getLong("racing.seconds", 10);

    @Test
    void tiesAndInteractionsPutWhileTheirPeopleAreDeletedNeverFailTheServer() throws Exception {
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        Map<Integer, String> serverErrors = new ConcurrentHashMap<>();
        AtomicInteger interactions = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?> deleter = pool.submit(() -> {
            Random random = new Random(1);
            while (System.nanoTime() < end) {
                String id = "race" + random.nextInt(PEOPLE);
                count(statuses, serverErrors, "DELETE person", delete("/api/people/" + id));
                count(statuses, serverErrors, "PUT person", put("/api/people/" + id,
                        "{\"name\": \"競争 " + id + "\", \"tags\": [\"racer\"]}"));
            }
        });
        Future<?>[] writers = new Future<?>[3];
        for (int w = 0; w < writers.length; w++) {
            Random random = new Random(10 + w);
            writers[w] = pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String a = "race" + random.nextInt(PEOPLE);
                    String b = "race" + random.nextInt(PEOPLE);
                    if (a.equals(b)) {
                        continue;
                    }
                    if (random.nextInt(3) == 0) {
                        count(statuses, serverErrors, "POST interaction", post("/api/people/" + a + "/interactions",
                                "{\"id\": \"race-" + interactions.incrementAndGet() + "\", \"with\": \"" + b
                                        + "\", \"kind\": \"met\", \"at\": \"2026-11-30\"}"));
                    } else {
                        count(statuses, serverErrors, "PUT tie", put("/api/ties", "{\"from\": \"" + a
                                + "\", \"to\": \"" + b + "\", \"type\": \"KNOWS\", \"strength\": 0.7, "
                                + "\"context\": \"met\"}"));
                    }
                }
            });
        }
        deleter.get(SECONDS + 120, TimeUnit.SECONDS);
        for (Future<?> w : writers) {
            w.get(SECONDS + 120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(serverErrors).as("5xx answers; every status: " + new TreeMap<>(statuses)).isEmpty();
        assertThat(statuses).as("writes that met a deleted person, and writes that went through")
                .containsKeys("PUT tie 201", "PUT tie 422", "POST interaction 201", "DELETE person 204");
        assertThat(statuses.keySet()).as("every status").allMatch(s -> s.matches(".* (200|201|204|404|409|422)"));
    }

    private static void count(Map<String, Integer> statuses, Map<Integer, String> serverErrors, String what,
            TestApi.Response r) {
        statuses.merge(what + " " + r.status(), 1, Integer::sum);
        if (r.status() >= 500) {
            serverErrors.putIfAbsent(r.status(), what + ": " + r.text());
        }
    }
}
