package dev.tsunagari.bench;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.graph.Neo4jConnection;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The finder benchmark (see BENCHMARKS.md): generates a seeded community graph, loads it straight into a fresh
 * embedded Neo4j (or reuses the one a previous run left for the same size and seed), starts the real app and
 * measures paths, search and, when the route exists, intermediaries over real HTTP at concurrency 1 and 8, next to
 * naive Cypher baselines through the same driver, and prints PROFILE summaries of the paths statements.
 *
 * <p>Arguments: {@code --people=100000 --seed=7 --requests=300 --dir=target/bench}.
 */
public final class Benchmark {
    private static final String TOKEN = "bench-token";
    private static final double MEAN_DEGREE = 20.0;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int people = Integer.parseInt(opts.getOrDefault("people", "10000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "300"));
        Path dir = Path.of(opts.getOrDefault("dir", "target/bench"), people + "-" + seed);
        Files.createDirectories(dir);

        Report report = new Report(people, seed);
        long t0 = System.nanoTime();
        CommunityGraph community = new CommunityGraph(people, MEAN_DEGREE, seed);
        report.line("generated %,d people and %,d ties in %.1f s", community.people.size(), community.ties.size(),
                (System.nanoTime() - t0) / 1e9);

        Config config = Config.fromEnvironment(Map.of()).withDataDir(dir).withBoltPort(0).withPort(0)
                .withAdminToken(TOKEN);
        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            CypherFiles cypher = new CypherFiles();
            Graph graph = neo4j.graph();
            new Migrations(graph, cypher).apply();
            prepare(graph, cypher, community, report);
            Javalin app = App.create(config, graph, "benchmark",
                    dev.tsunagari.limits.Limits.DEFAULTS.withRequestsPerMinute(1_000_000_000));
            app.start("127.0.0.1", 0);
            try {
                new Scenarios(graph, cypher, community, new HttpLoad("http://127.0.0.1:" + app.port(), TOKEN),
                        new SplittableRandom(seed + 1), requests, report).run();
            } finally {
                app.stop();
            }
        }
        Path out = dir.getParent().resolve("results-" + people + "-" + seed + ".md");
        Files.writeString(out, report.text());
        System.out.println(report.text());
        System.out.println("written to " + out);
        System.exit(0);
    }

    private static void prepare(Graph graph, CypherFiles cypher, CommunityGraph community, Report report) {
        GraphLoader loader = new GraphLoader(graph, cypher);
        long[] size = loader.size();
        if (size[0] == community.people.size() && size[1] == community.ties.size()) {
            report.line("reused the database loaded by an earlier run (%,d people, %,d ties)", size[0], size[1]);
        } else if (size[0] == 0) {
            long t0 = System.nanoTime();
            loader.load(community);
            graph.read(tx -> Graph.run(tx, cypher.get("graph/await_indexes"), Map.of()).consume());
            report.line("loaded into a fresh embedded Neo4j in %.1f s", (System.nanoTime() - t0) / 1e9);
        } else {
            throw new IllegalStateException("the benchmark directory holds another graph; delete it first");
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String fullText(String words) {
        return FullTextQuery.of(words).orElseThrow();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                opts.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return opts;
    }

    static Duration baselineTimeout() {
        return Duration.ofSeconds(10);
    }
}
