package dev.tsunagari.procedures;

import static dev.tsunagari.support.TestApi.delete;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reads see each commit as it lands, so a question can meet a person or a tie that a concurrent write deletes while
 * the question reads it. Every finder statement the service runs (intermediaries, paths, search, reach,
 * connectors), from the store, from the index and as the service asks (auto), answers while a writer keeps
 * deleting and putting back the very people and ties asked about: a deleted person is simply not there, never an
 * error. Before the store graph and the procedures allowed for it, about one question in two thousand failed here.
 */
@Neo4jTest
class QuestionsWhileDeletingTest {
    private static final CypherFiles FILES = new CypherFiles();
    private static final int PEOPLE = 40;
    private static final int WRITERS = 4;
    private static final long SECONDS = Long.getLong("deleting.seconds", 15);
    private static final List<String> SOURCES = List.of("store", "index", "auto");
    private static final Map<String, Object> ADMIN = Map.of("seesAll", true);

    @Test
    void everyFinderQuestionAnswersWhileThePeopleAndTiesItReadsAreDeleted() throws Exception {
        Graph graph = TestNeo4j.graph();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger asked = new AtomicInteger();
        Map<String, String> failed = new ConcurrentHashMap<>();
        ExecutorService readers = Executors.newFixedThreadPool(6);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            String source = SOURCES.get(r % SOURCES.size());
            Random random = new Random(r);
            running.add(readers.submit(() -> {
                while (reading.get()) {
                    String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
                    try {
                        graph.read(tx -> Graph.run(tx, FILES.get(question), parameters(question, random, source))
                                .list());
                        asked.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.putIfAbsent(question + " from " + source, String.valueOf(e.getMessage()));
                    }
                }
            }));
        }
        AtomicInteger deletes = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writing = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writing.add(writers.submit(() -> write(new Random(20261202 + writer), writer, end, deletes)));
        }
        try {
            for (Future<?> f : writing) {
                f.get(SECONDS + 120, TimeUnit.SECONDS);
            }
        } finally {
            reading.set(false);
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            readers.shutdown();
            writers.shutdown();
        }
        assertThat(failed).as("questions that failed while people and ties were deleted").isEmpty();
        assertThat(deletes.get()).as("people deleted while questions ran").isGreaterThan(50);
        assertThat(asked.get()).as("questions answered").isGreaterThan(500);
    }

    /** Deletes people of its own (every WRITERS-th id) and puts them back with a tie to anyone, until the end. */
    private static Void write(Random random, int writer, long end, AtomicInteger deletes) {
        while (System.nanoTime() < end) {
            String a = "del" + (writer + WRITERS * random.nextInt(PEOPLE / WRITERS));
            String b = "del" + random.nextInt(PEOPLE);
            if (random.nextBoolean()) {
                assertThat(delete("/api/people/" + a).status()).isIn(204, 404);
                deletes.incrementAndGet();
            } else if (!a.equals(b)) {
                assertThat(put("/api/people/" + a, "{\"name\": \"削除 " + a + "\", \"tags\": [\"racer\"]}")
                        .status()).isIn(200, 201);
                assertThat(put("/api/ties", "{\"from\": \"" + a + "\", \"to\": \"" + b + "\", \"type\": \""
                        + (random.nextInt(4) == 0 ? "FAN_OF" : "KNOWS") + "\", \"strength\": 0.8, "
                        + "\"context\": \"friend\", \"lastContact\": \"2026-11-01\"}").status()).as("a tie to someone perhaps just deleted, or deleted and put back").isIn(200, 201, 409, 422);
            }
        }
        return null;
    }

    private static final List<String> QUESTIONS = List.of("finder/intermediaries", "finder/paths", "finder/search",
            "relationships/person_reach", "relationships/connectors");

    private static Map<String, Object> parameters(String question, Random random, String source) {
        Map<String, Object> options = new HashMap<>();
        options.put("source", source);
        options.put("caller", ADMIN);
        Map<String, Object> parameters = new HashMap<>();
        String someone = "del" + random.nextInt(PEOPLE);
        switch (question) {
            case "finder/intermediaries" -> {
                options.put("tags", List.of("racer"));
                options.put("maxHops", 1 + random.nextInt(2));
                options.put("today", "2026-12-02");
                parameters.put("from", someone);
            }
            case "finder/paths" -> {
                parameters.put("from", someone);
                parameters.put("to", "del" + random.nextInt(PEOPLE));
                options.put("today", "2026-12-02");
            }
            case "finder/search" -> {
                options.put("query", FullTextQuery.of(random.nextBoolean() ? "racer" : "削除").orElseThrow());
                options.put("today", "2026-12-02");
                parameters.put("from", someone);
            }
            case "relationships/person_reach" -> parameters.put("id", someone);
            default -> {
                options.put("tags", List.of("racer"));
                parameters.put("kind", null);
            }
        }
        parameters.put("options", options);
        return parameters;
    }
}
