package dev.tsunagari.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.graph.Neo4jConnection;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured step of a benchmark run (see BENCHMARKS.md; {@link Prepare} made the store): starts the store as
 * the app does (timed twice: the first start after the bulk import builds the indexes, the second is a plain
 * restart), loads PostgreSQL from the same generated files, drives the real app over HTTP for a fixed time per
 * scenario, then asks a sample of the same questions of the service, naive Cypher and PostgreSQL and compares the
 * answers. Exits with 1 when any answer differs or any sampled question is left uncompared.
 *
 * <p>Arguments: {@code --people=1000000 --seed=7 --seconds=30 --checks=30 --pageCache=1500m
 * --postgres=jdbc:postgresql://… --dir=target/bench}.
 */
public final class Benchmark {
    private static final String TOKEN = "bench-token";
    private static final long BASELINE_LIMIT_MS = 10_000;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable e) {
            // The app's own threads (import jobs' watch) would keep a failed run alive for ever.
            e.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int people = Integer.parseInt(opts.getOrDefault("people", "10000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
        Duration each = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("seconds", "30")));
        int checks = Integer.parseInt(opts.getOrDefault("checks", "30"));
        String postgresUrl = opts.get("postgres");
        if (postgresUrl == null) {
            throw new IllegalArgumentException("--postgres=jdbc:postgresql://… is required (bench/run starts one)");
        }
        Path base = Path.of(opts.getOrDefault("dir", "target/bench")).toAbsolutePath();
        Path dir = base.resolve(people + "-" + seed);
        JsonNode prepared = Prepare.JSON.readTree(dir.resolve("prepare.json").toFile());
        Report report = new Report(people, seed);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Machine.describe());
        results.put("prepare", prepared);
        report.line("Generated %,d people and %,d ties in %.1f s; bulk import (JSON → store) %.1f s, %,.0f ties/s.",
                people, prepared.get("ties").asLong(), prepared.get("generateSeconds").asDouble(),
                prepared.get("bulkImportSeconds").asDouble(), prepared.get("bulkImportTiesPerSecond").asDouble());

        String pageCache = opts.getOrDefault("pageCache", "1500m");
        Config config = Config.fromEnvironment(Map.of("TSUNAGARI_PAGE_CACHE", pageCache)).withDataDir(dir)
                .withBoltPort(0).withPort(0).withAdminToken(TOKEN);
        report.line("Neo4j page cache %s (TSUNAGARI_PAGE_CACHE); store on disk %s.", pageCache, Machine.size(dir));
        results.put("pageCache", pageCache);
        CypherFiles cypher = new CypherFiles();
        long t0 = System.nanoTime();
        try (Neo4jConnection first = Neo4jConnection.open(config)) {
            ready(first.graph(), cypher);
        }
        double firstStart = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            Graph graph = neo4j.graph();
            ready(graph, cypher);
            Javalin app = App.create(config, graph, "benchmark",
                    dev.tsunagari.config.Limits.DEFAULTS.withRequestsPerMinute(1_000_000_000));
            app.start("127.0.0.1", 0);
            HttpLoad http = new HttpLoad("http://127.0.0.1:" + app.port(), TOKEN);
            if (http.get("/health").status() != 200) {
                throw new IllegalStateException("the app is not healthy after start-up");
            }
            double serving = (System.nanoTime() - t0) / 1e9;
            // Until the live tie index is built, questions are answered from the store (right, but slow): ready
            // means the index too, so no measured question runs on the fallback.
            indexReady(graph, cypher);
            double restart = (System.nanoTime() - t0) / 1e9;
            report.line("HTTP answering after %.1f s, the live tie index built and current after %.1f s.", serving,
                    restart);
            results.put("httpAnsweringSeconds", serving);
            report.line("Start to ready: %.1f s for the first start of this run (right after a bulk import it builds "
                    + "the schema and indexes on the data), %.1f s on a restart (store open, migrations checked, "
                    + "indexes online, HTTP answering, the live tie index built).", firstStart, restart);
            results.put("firstStartSeconds", firstStart);
            results.put("startToReadySeconds", restart);
            try (Postgres postgres = new Postgres(postgresUrl, BASELINE_LIMIT_MS)) {
                long p0 = System.nanoTime();
                postgres.load(dir.resolve("pg"));
                postgres.timeLimit(BASELINE_LIMIT_MS);
                double pgLoad = (System.nanoTime() - p0) / 1e9;
                report.line("PostgreSQL 15 loaded (COPY, symmetric edge table, indexes, VACUUM ANALYZE) in %.1f s.",
                        pgLoad);
                results.put("postgresLoadSeconds", pgLoad);

                Scenarios scenarios = new Scenarios(new CommunityGraph(people, seed), seed);
                List<Latencies> load = scenarios.run(http, each, report);
                results.put("http", load);
                Memory afterLoad = Memory.now();
                report.line("");
                report.line("Memory of the benchmark JVM after the HTTP load: %s", afterLoad);
                results.put("memoryAfterLoad", afterLoad);

                Checks checker = new Checks(http, graph, cypher, postgres, BASELINE_LIMIT_MS);
                List<Checks.Outcome> outcomes = new ArrayList<>();
                outcomes.add(checker.intermediaries(scenarios.asks.subList(0, checks), 1));
                outcomes.add(checker.intermediaries(scenarios.asks.subList(0, checks), 2));
                outcomes.add(checker.paths(scenarios.pairs.subList(0, checks)));
                results.put("checks", outcomes);
                Outcomes.report(outcomes, BASELINE_LIMIT_MS, report);
                Profiles.report(outcomes, graph, cypher, report);
                Memory atEnd = Memory.now();
                results.put("memoryAtEnd", atEnd);
                report.line("");
                report.line("Memory of the benchmark JVM at the end (after the in-process naive Cypher): %s", atEnd);
                Targets.report(load, outcomes, prepared, restart, afterLoad, report);
                write(base, people, results, report);
                int mismatches = Outcomes.mismatches(outcomes);
                int uncompared = Outcomes.uncompared(outcomes);
                app.stop();
                if (mismatches > 0 || uncompared > 0) {
                    System.err.println("FAILED: " + mismatches + " answers differ between the service and a baseline, "
                            + uncompared + " sampled questions were left uncompared");
                    System.exit(1);
                }
            }
        }
        System.exit(0);
    }

    /** Waits until {@code tsunagari.index.status()} says ready and current. */
    private static void indexReady(Graph graph, CypherFiles cypher) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            Map<String, Object> status = graph.read(tx -> Graph.run(tx, cypher.get("graph/index_status"), Map.of())
                    .list(r -> r.asMap()).stream().findFirst().orElse(Map.of()));
            if (Boolean.TRUE.equals(status.get("ready")) && Boolean.TRUE.equals(status.get("current"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the live tie index was not ready within 10 minutes");
    }

    /** Schema applied and every index online: what the app waits for before it serves. */
    static void ready(Graph graph, CypherFiles cypher) {
        new Migrations(graph, cypher).apply();
        // Building the full-text index over a million imported people can outlast one wait on a busy machine.
        for (int attempt = 1; ; attempt++) {
            try {
                graph.read(tx -> Graph.run(tx, cypher.get("graph/await_indexes"), Map.of()).consume());
                return;
            } catch (RuntimeException e) {
                if (attempt == 6) {
                    throw e;
                }
                System.err.println("indexes not online yet, waiting again: " + e.getMessage());
            }
        }
    }

    private static void write(Path base, int people, Map<String, Object> results, Report report) throws Exception {
        Path json = base.resolve("results-" + people + ".json");
        Prepare.JSON.writeValue(json.toFile(), results);
        Path md = base.resolve("results-" + people + ".md");
        Files.writeString(md, report.text());
        System.out.println(report.text());
        System.out.println("written to " + json + " and " + md);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return opts;
    }
}
