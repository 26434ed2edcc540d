package dev.tsunagari.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.ChildService;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.consistency.ConsistencyCheckService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service is killed with SIGKILL while two clients write people and ties to it, ten times over one data
 * directory. After each restart every write that was answered with a 2xx must be there, and the store must hold
 * together: ties only between people, one node per id, the unique constraint in place; at the end Neo4j's own
 * consistency checker reads the whole store.
 */
@Tag("process")
class CrashSafetyTest {
    private static final int KILLS = 10;
    private static final int WRITERS = 2;
    private static final CypherFiles CYPHER = new CypherFiles();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> ackedPeople = ConcurrentHashMap.newKeySet();
    private final Set<String> ackedTies = ConcurrentHashMap.newKeySet();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    @TempDir
    Path data;

    @Test
    void tenKillsMidStreamLoseNoAcknowledgedWrite() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> rounds = new ArrayList<>();
        for (int round = 1; round <= KILLS; round++) {
            ChildService service = ChildService.start(data, Map.of());
            try {
                assertConsistent(service, "after restart " + round + " (seed " + seed + ")");
                int before = ackedPeople.size() + ackedTies.size();
                AtomicBoolean writing = new AtomicBoolean(true);
                CountDownLatch firstAck = new CountDownLatch(1);
                List<Thread> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String prefix = "r" + round + "-w" + w + "-";
                    Thread writer = new Thread(() -> write(service, prefix, writing, firstAck), "writer-" + w);
                    writer.start();
                    writers.add(writer);
                }
                assertThat(firstAck.await(60, TimeUnit.SECONDS)).as("a first write was acknowledged").isTrue();
                Thread.sleep(200 + random.nextInt(1000));
                service.kill();
                writing.set(false);
                for (Thread writer : writers) {
                    writer.join(30_000);
                }
                rounds.add((ackedPeople.size() + ackedTies.size() - before) + " acked, ready in "
                        + service.readyMillis() + " ms");
            } finally {
                service.close();
            }
        }
        ChildService last = ChildService.start(data, Map.of());
        try {
            assertConsistent(last, "after the last kill (seed " + seed + ")");
        } finally {
            last.stop();
        }
        System.out.println("crash rounds: " + rounds + "; acknowledged people " + ackedPeople.size()
                + ", ties " + ackedTies.size());
        assertThat(refused).as("writes the service refused instead of storing").isEmpty();
        assertThat(ackedPeople).hasSizeGreaterThan(KILLS * WRITERS);
        assertThat(ackedTies).isNotEmpty();
        ConsistencyCheckService.Result check = new ConsistencyCheckService(
                DatabaseLayout.of(Neo4jLayout.of(data.resolve("neo4j")), "neo4j"))
                .with(Files.createTempDirectory("consistency-report"))
                .runFullConsistencyCheck();
        assertThat(check.isSuccessful()).as(check.summary().toString()).isTrue();
    }

    private void write(ChildService service, String prefix, AtomicBoolean writing, CountDownLatch firstAck) {
        String previous = null;
        for (int i = 0; writing.get(); i++) {
            String id = prefix + i;
            String person = "{\"name\": \"試験 " + id + "\", \"email\": \"" + id + "@example.test\", \"tags\": [\"crash\"]}";
            if (!put(service, "/api/people/" + id, person)) {
                return;
            }
            ackedPeople.add(id);
            firstAck.countDown();
            if (previous != null) {
                String tie = "{\"from\": \"" + previous + "\", \"to\": \"" + id + "\", \"type\": \"KNOWS\", \"context\": \"met\"}";
                if (!put(service, "/api/ties", tie)) {
                    return;
                }
                ackedTies.add(previous + ">" + id);
            }
            previous = id;
        }
    }

    /** True when the write was acknowledged; false when the connection died; any other answer is a failure. */
    private boolean put(ChildService service, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(service.uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ChildService.TOKEN)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                refused.add(path + " " + response.statusCode() + " " + response.body());
                return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void assertConsistent(ChildService service, String when) {
        try (Driver driver = GraphDatabase.driver(service.boltUri(), service.boltAuth())) {
            Graph graph = new Graph(driver, "neo4j");
            List<Record> people = graph.read(tx -> Graph.run(tx, CYPHER.get("test/crash_people"), Map.of()).list());
            List<Record> ties = graph.read(tx -> Graph.run(tx, CYPHER.get("test/crash_ties"), Map.of()).list());
            List<Record> constraint = graph.read(tx ->
                    Graph.run(tx, CYPHER.get("test/person_id_constraint"), Map.of()).list());

            List<String> ids = people.stream().map(r -> r.get("id").asString()).toList();
            Set<String> stored = new HashSet<>(ids);
            assertThat(ids).as("one node per id " + when).hasSameSizeAs(stored);
            assertThat(people).as("every person whole " + when).allMatch(r -> r.get("complete").asBoolean());
            assertThat(stored).as("acknowledged people " + when).containsAll(ackedPeople);
            assertThat(ties).as("ties only between people " + when).allMatch(r -> r.get("betweenPeople").asBoolean());
            Set<String> storedTies = new HashSet<>(ties.stream()
                    .map(r -> r.get("from").asString() + ">" + r.get("to").asString()).toList());
            assertThat(storedTies).as("acknowledged ties " + when).containsAll(ackedTies);
            assertThat(constraint).as("the unique constraint on person ids " + when).hasSize(1);
            assertThat(constraint.get(0).get("type").asString()).isEqualTo("UNIQUENESS");
        }
    }
}
