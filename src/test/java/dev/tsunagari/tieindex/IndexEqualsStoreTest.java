package dev.tsunagari.tieindex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.graph.Neo4jConnection;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.http.Json;
import dev.tsunagari.config.Limits;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live tie index stays equal to the store whatever writes it: ten thousand seeded random writes through REST
 * (people with their tags and visibility, ties of every type, context and strength, deletes of ties and of people),
 * an import and a restore through the command line (child processes on NEO4J_URI), while eight threads ask finder
 * questions. Afterwards the live index equals a fresh build from the store, element by element, and sampled
 * answers from the index equal those from the store. {@code -Dindex.writes=N} changes the number of writes.
 */
class IndexEqualsStoreTest {
    private static final String TOKEN = "index-equals-store-admin";
    private static final int WRITES = Integer.getInteger("index.writes", 10_000);
    private static final List<String> TAGS = List.of("designer", "デザイナー", "団地", "community-organizer", "cook",
            "陶芸講師", "founder", "singer", "web", "花");
    private static final List<String> CONTEXTS = List.of("card-exchange", "met", "online", "worked-together", "friend",
            "family", "introduced", "other");
    private static final List<String> TYPES = List.of("KNOWS", "TRUSTS", "FAN_OF");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(20261202);
    private final List<String> people = new ArrayList<>();
    private final Set<String> ties = new LinkedHashSet<>();
    private String base;

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void tenThousandRandomWritesAnImportAndARestoreLeaveTheLiveIndexEqualToTheStore() throws Exception {
        Config config = Config.fromEnvironment(Map.of()).withDataDir(dataDir).withBoltPort(0).withPort(0)
                .withAdminToken(TOKEN);
        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            Graph graph = neo4j.graph();
            new Migrations(graph, new CypherFiles()).apply();
            Javalin app = App.create(config, graph, "test", Limits.DEFAULTS.withRequestsPerMinute(1_000_000_000));
            app.start("127.0.0.1", 0);
            base = "http://127.0.0.1:" + app.port();
            Map<String, String> cli = Map.of("NEO4J_URI", neo4j.embedded().orElseThrow().boltUri(), "NEO4J_PASSWORD",
                    Files.readString(dataDir.resolve("neo4j-password")).strip());
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger questions = new AtomicInteger();
            Map<Integer, String> refused = new ConcurrentHashMap<>();
            ExecutorService readers = Executors.newFixedThreadPool(8);
            List<Future<?>> asked = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                int seed = r;
                asked.add(readers.submit(() -> ask(new Random(seed), writing, questions, refused)));
            }
            try {
                int writes = 0;
                for (int i = 0; i < 200; i++) {
                    writes += putPerson("ix" + i);
                }
                boolean imported = false;
                while (writes < WRITES) {
                    if (!imported && writes >= WRITES / 3) {
                        writes += importThroughTheCommandLine(cli);
                        imported = true;
                    }
                    writes += randomWrite();
                }
                Path backup = exportBackup();
                for (String id : List.copyOf(people)) {
                    assertThat(send("DELETE", "/api/people/" + id, null).statusCode()).isEqualTo(204);
                    writes++;
                }
                people.clear();
                ties.clear();
                assertThat(checkIndex(graph)).as("after every person was deleted").isEmpty();
                runCommandLine(cli, "restore", backup.toString());
                assertThat(checkIndex(graph)).as("after the restore").isEmpty();
                readBack(graph);
                for (int i = 0; i < 300; i++) {
                    writes += randomWrite();
                }
                assertThat(writes).isGreaterThanOrEqualTo(WRITES);
            } finally {
                writing.set(false);
                for (Future<?> f : asked) {
                    f.get(60, TimeUnit.SECONDS);
                }
                readers.shutdown();
            }
            assertThat(refused).as("finder answers other than 200 or 404 while writing").isEmpty();
            assertThat(questions.get()).as("questions asked while writing").isGreaterThan(100);
            assertThat(checkIndex(graph)).as("the live index against a fresh build from the store").isEmpty();
            assertSampledAnswersAgree(graph);
            app.stop();
        }
    }

    private void ask(Random r, AtomicBoolean writing, AtomicInteger questions, Map<Integer, String> refused) {
        while (writing.get()) {
            String from = "ix" + r.nextInt(400);
            String tag = TAGS.get(r.nextInt(TAGS.size()));
            HttpResponse<String> answer = send("GET", "/api/intermediaries?from=" + from + "&tag="
                    + java.net.URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&maxHops=" + (1 + r.nextInt(2)), null);
            questions.incrementAndGet();
            if (answer.statusCode() != 200 && answer.statusCode() != 404) {
                refused.put(answer.statusCode(), answer.body());
            }
            // A breath between questions, so that eight readers on two cores still leave the writer room.
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int randomWrite() {
        double roll = random.nextDouble();
        if (roll < 0.25 || people.size() < 2) {
            String id = random.nextInt(10) == 0 || people.isEmpty() ? "ix" + random.nextInt(400)
                    : people.get(random.nextInt(people.size()));
            return putPerson(id);
        }
        if (roll < 0.75) {
            return putTie();
        }
        if (roll < 0.95) {
            if (ties.isEmpty()) {
                return putTie();
            }
            String key = List.copyOf(ties).get(random.nextInt(ties.size()));
            int status = send("DELETE", "/api/ties/" + key, null).statusCode();
            assertThat(status).as("DELETE tie " + key).isIn(204, 404);
            ties.remove(key);
            return 1;
        }
        String id = people.get(random.nextInt(people.size()));
        assertThat(send("DELETE", "/api/people/" + id, null).statusCode()).as("DELETE person " + id).isIn(204, 404);
        people.remove(id);
        ties.removeIf(k -> k.startsWith(id + "/") || k.endsWith("/" + id));
        return 1;
    }

    private int putPerson(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", random.nextBoolean() ? "試験 " + id : "Tester " + id);
        List<String> tags = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            String tag = TAGS.get(random.nextInt(TAGS.size()));
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        body.put("tags", tags);
        if (random.nextInt(8) == 0) {
            body.put("visibility", "private");
        }
        HttpResponse<String> r = send("PUT", "/api/people/" + id, json(body));
        assertThat(r.statusCode()).as("PUT person " + id + ": " + r.body()).isIn(200, 201);
        if (!people.contains(id)) {
            people.add(id);
        }
        return 1;
    }

    private int putTie() {
        String from = people.get(random.nextInt(people.size()));
        String to = people.get(random.nextInt(people.size()));
        if (from.equals(to)) {
            return 0;
        }
        String type = TYPES.get(random.nextInt(TYPES.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("type", type);
        if (random.nextInt(10) > 0) {
            body.put("strength", Math.round(random.nextDouble() * 100) / 100.0);
        }
        if (random.nextInt(10) > 0) {
            body.put("context", CONTEXTS.get(random.nextInt(CONTEXTS.size())));
        }
        if (random.nextBoolean()) {
            body.put("lastContact", TODAY.minusDays(random.nextInt(2000)).toString());
        }
        if (random.nextBoolean()) {
            body.put("since", TODAY.minusDays(2000 + random.nextInt(2000)).toString());
        }
        HttpResponse<String> r = send("PUT", "/api/ties", json(body));
        assertThat(r.statusCode()).as("PUT tie " + body + ": " + r.body()).isIn(200, 201);
        ties.add(from + "/" + type + "/" + to);
        return 1;
    }

    /** A JSON file of people (new and known ids) and ties among them, through {@code import --format json}. */
    private int importThroughTheCommandLine(Map<String, String> cli) throws Exception {
        List<Map<String, Object>> filePeople = new ArrayList<>();
        List<Map<String, Object>> fileTies = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = "ix" + (300 + i);
            ids.add(id);
            filePeople.add(Map.of("id", id, "name", "輸入 " + id, "tags", List.of(TAGS.get(i % TAGS.size()))));
        }
        for (int i = 0; i < 300; i++) {
            String from = ids.get(random.nextInt(ids.size()));
            String to = random.nextBoolean() ? ids.get(random.nextInt(ids.size())) : people.get(random.nextInt(people.size()));
            if (from.equals(to)) {
                continue;
            }
            String type = TYPES.get(random.nextInt(TYPES.size()));
            fileTies.add(Map.of("from", from, "to", to, "type", type, "strength",
                    Math.round(random.nextDouble() * 100) / 100.0, "context", CONTEXTS.get(random.nextInt(CONTEXTS.size()))));
            ties.add(from + "/" + type + "/" + to);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("schemaVersion", 1);
        file.put("people", filePeople);
        file.put("ties", fileTies);
        Path json = files.resolve("network.json");
        Files.writeString(json, json(file));
        runCommandLine(cli, "import", json.toString(), "--format", "json");
        for (String id : ids) {
            if (!people.contains(id)) {
                people.add(id);
            }
        }
        return filePeople.size() + fileTies.size();
    }

    private Path exportBackup() throws IOException {
        HttpResponse<String> r = send("GET", "/api/export?format=json", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Path backup = files.resolve("backup.json");
        Files.writeString(backup, r.body());
        return backup;
    }

    /** After the restore, the people and ties the test knows are the backup's. */
    private void readBack(Graph graph) {
        List<String> ids = graph.read(tx -> tx.run("MATCH (p:Person) RETURN p.id AS id").list(r -> r.get("id").asString()));
        people.addAll(ids);
        ties.addAll(graph.read(tx -> tx.run("MATCH (a:Person)-[t:KNOWS|TRUSTS|FAN_OF]->(b:Person) "
                + "RETURN a.id + '/' + type(t) + '/' + b.id AS key").list(r -> r.get("key").asString())));
        assertThat(people).as("people restored").isNotEmpty();
    }

    private void runCommandLine(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.tsunagari.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ":\n" + output).isZero();
    }

    private static List<String> checkIndex(Graph graph) {
        return graph.read(tx -> tx.run("CALL tsunagari.index.check() YIELD differences RETURN differences").single()
                .get("differences").asList(v -> v.asString()));
    }

    private void assertSampledAnswersAgree(Graph graph) {
        Random r = new Random(7);
        int compared = 0;
        for (int i = 0; i < 60; i++) {
            String from = people.get(r.nextInt(people.size()));
            Map<String, Object> options = new HashMap<>();
            options.put("tags", List.of(TAGS.get(r.nextInt(TAGS.size()))));
            options.put("maxHops", 1 + r.nextInt(2));
            options.put("today", TODAY.toString());
            Map<String, Object> fromIndex = intermediaries(graph, from, options, "index");
            Map<String, Object> fromStore = intermediaries(graph, from, options, "store");
            assertThat(fromIndex).as(from + " " + options).isEqualTo(fromStore);
            compared += fromIndex.isEmpty() ? 0 : 1;
        }
        assertThat(compared).as("answers compared").isGreaterThan(30);
    }

    private static Map<String, Object> intermediaries(Graph graph, String from, Map<String, Object> options,
            String source) {
        Map<String, Object> o = new HashMap<>(options);
        o.put("source", source);
        return graph.read(tx -> tx.run("CALL tsunagari.intermediaries($from, $options) YIELD answer RETURN answer",
                Map.of("from", from, "options", o)).list(rec -> rec.get("answer").asMap()).stream().findFirst()
                .orElse(Map.of()));
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
