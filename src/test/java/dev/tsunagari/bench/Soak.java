package dev.tsunagari.bench;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Neo4jConnection;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The soak (see BENCHMARKS.md): on a copy of a store {@link Prepare} made, the real app in-process takes a mix of
 * reads and writes over HTTP from {@code clients} clients ({@link SoakClient}) for {@code minutes}, while the JVM's
 * RSS and its heap after a full collection are sampled every {@code sampleSeconds}. It passes when no request
 * failed ({@link SoakTally}), RSS stayed flat ({@link SoakMemory}) and {@code tsunagari.index.check()} finds the
 * live tie index equal to the store; otherwise it exits with 1.
 *
 * <p>Arguments: {@code --people=10000 --seed=7 --minutes=10 --clients=8 --sampleSeconds=30 --pageCache=1500m
 * --dir=target/bench}.
 */
public final class Soak {
    private static final String TOKEN = "soak-token";

    private Soak() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(Benchmark.options(args)) ? 0 : 1;
        } catch (Throwable e) {
            e.printStackTrace();
            code = 2;
        }
        // The app's own threads would keep the JVM alive.
        System.exit(code);
    }

    private static boolean run(Map<String, String> opts) throws Exception {
        int people = Integer.parseInt(opts.getOrDefault("people", "10000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
        Duration length = Duration.ofSeconds(Math.round(Double.parseDouble(opts.getOrDefault("minutes", "10")) * 60));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "8"));
        long sampleSeconds = Long.parseLong(opts.getOrDefault("sampleSeconds", "30"));
        double warmUpSeconds = Math.max(60, length.toSeconds() / 10.0);
        Path base = Path.of(opts.getOrDefault("dir", "target/bench")).toAbsolutePath();
        Path prepared = base.resolve(people + "-" + seed);
        if (!Files.exists(prepared.resolve("prepare.json")) || !Files.isDirectory(prepared.resolve("neo4j"))) {
            throw new IllegalStateException("no store prepared for " + people + " people, seed " + seed
                    + " (bench/soak runs Prepare first)");
        }
        Path dir = base.resolve("soak-" + people + "-" + seed);
        copyStore(prepared.resolve("neo4j"), dir.resolve("neo4j"));

        Report report = new Report(String.format("Soak: %,d people, seed %d, %d clients, %s", people, seed, clients,
                length));
        report.line("Load average at the start: %s", Machine.loadAverage());
        String pageCache = opts.getOrDefault("pageCache", "1500m");
        Config config = Config.fromEnvironment(Map.of("TSUNAGARI_PAGE_CACHE", pageCache)).withDataDir(dir)
                .withBoltPort(0).withPort(0).withAdminToken(TOKEN);
        CypherFiles cypher = new CypherFiles();
        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            Graph graph = neo4j.graph();
            Benchmark.ready(graph, cypher);
            Javalin app = App.create(config, graph, "soak",
                    dev.tsunagari.config.Limits.DEFAULTS.withRequestsPerMinute(1_000_000_000));
            app.start("127.0.0.1", 0);
            try {
                HttpLoad http = new HttpLoad("http://127.0.0.1:" + app.port(), TOKEN);
                if (http.get("/health").status() != 200) {
                    throw new IllegalStateException("the app is not healthy after start-up");
                }
                CommunityGraph community = new CommunityGraph(people, seed);
                Scenarios reads = new Scenarios(community, seed);
                SoakTally tally = new SoakTally();
                SoakMemory memory = new SoakMemory();
                load(http, reads, community, seed, clients, length, sampleSeconds, tally, memory, report);
                report.line("Load average at the end of the load: %s", Machine.loadAverage());
                return verdict(graph, cypher, clients, warmUpSeconds, tally, memory, report, base, people);
            } finally {
                app.stop();
            }
        }
    }

    private static void load(HttpLoad http, Scenarios reads, CommunityGraph community, long seed, int clients,
            Duration length, long sampleSeconds, SoakTally tally, SoakMemory memory, Report report) throws Exception {
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        // A scheduled task that throws is never run again: a failed sample is said, and the next one still taken.
        sampler.scheduleAtFixedRate(() -> {
            try {
                report.line("sample %s (%,d requests, %d errors so far)",
                        memory.sample((System.nanoTime() - start) / 1e9), tally.requests(), tally.errors());
            } catch (RuntimeException | Error e) {
                report.line("sample failed: %s", e);
            }
        }, sampleSeconds, sampleSeconds, TimeUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SoakClient client = new SoakClient(c, http, reads, community, seed, tally);
            running.add(pool.submit(() -> {
                client.runUntil(deadline);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.MINUTES);
    }

    private static boolean verdict(Graph graph, CypherFiles cypher, int clients, double warmUpSeconds,
            SoakTally tally, SoakMemory memory, Report report, Path base, int people) throws IOException {
        report.line("");
        report.line(Latencies.header().replace("| failed |", "| errors |"));
        tally.latencies(clients).forEach(l -> report.line(l.row()));
        int errors = tally.errors();
        report.line("");
        report.line("Errors (a status >= 500, no answer, or a 4xx the operation does not expect): %d of %,d requests",
                errors, tally.requests());
        tally.examples().forEach(e -> report.line("- %s", e));
        report.line("");
        report.line("Memory samples (RSS of this JVM; heap used after a full collection):");
        memory.samples().forEach(s -> report.line("- %s", s));
        SoakMemory.Verdict rss = memory.verdict(warmUpSeconds);
        report.line("RSS, warm-up of %.0f s left out: %s", warmUpSeconds, rss);
        List<List<String>> checks = graph.read(tx -> Graph.run(tx, cypher.get("bench/index_check"), Map.of())
                .list(r -> r.get("differences").asList(v -> v.asString())));
        boolean indexEqual = checks.size() == 1 && checks.get(0).isEmpty();
        report.line("tsunagari.index.check(): %s", checks.isEmpty() ? "no live index" : checks.get(0).isEmpty()
                ? "no differences (the live index equals a fresh build from the store)" : checks.get(0));
        boolean passed = errors == 0 && rss.flat() && indexEqual;
        report.line("");
        report.line("Soak %s.", passed ? "PASSED" : "FAILED");
        Path md = base.resolve("soak-" + people + ".md");
        Files.writeString(md, report.text());
        System.out.println(report.text());
        System.out.println("written to " + md);
        return passed;
    }

    /** A fresh copy of the prepared store, so the soak's writes never reach the one the benchmark compares with. */
    private static void copyStore(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> paths = Files.walk(to)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
