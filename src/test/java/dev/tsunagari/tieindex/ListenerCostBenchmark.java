package dev.tsunagari.tieindex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilderImplementation;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.extension.ExtensionFactory;

/**
 * What keeping the index current costs a writer: single-tie upserts (the statement {@code PUT /api/ties} runs, one
 * transaction each) into two stores of the same graph, one with the index extension and one without, in
 * alternating rounds so that the machine's drift hits both alike. Prints medians per round and the ratio.
 * Not part of the default run:
 * {@code mvn -q test -Dtest=ListenerCostBenchmark -DexcludedGroups= -Dbench.people=100000 -Dbench.puts=5000}
 */
@Tag("benchmark")
class ListenerCostBenchmark {
    @TempDir
    Path dir;

    private static DatabaseManagementService start(Path home, boolean withIndex) {
        return new DatabaseManagementServiceBuilderImplementation(home,
                (Class<? extends ExtensionFactory> type) -> withIndex || type != IndexExtension.class).build();
    }

    private static void load(GraphDatabaseService db, int people, long seed) {
        Random random = new Random(seed);
        db.executeTransactionally("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE");
        for (int from = 0; from < people; from += 10_000) {
            db.executeTransactionally("UNWIND range($from, $to) AS n CREATE (:Person {id: 'p' + n, name: 'P' + n})",
                    Map.of("from", from, "to", Math.min(people, from + 10_000) - 1));
        }
        for (int batch = 0; batch < people; batch += 10_000) {
            List<Map<String, Object>> ties = new ArrayList<>();
            for (int k = 0; k < 10_000; k++) {
                ties.add(Map.of("a", "p" + random.nextInt(people), "b", "p" + random.nextInt(people),
                        "s", random.nextDouble()));
            }
            db.executeTransactionally("UNWIND $ties AS t MATCH (a:Person {id: t.a}), (b:Person {id: t.b}) WHERE a <> b "
                    + "CREATE (a)-[:KNOWS {strength: t.s, context: 'met'}]->(b)", Map.of("ties", ties));
        }
    }

    private static double round(GraphDatabaseService db, String upsert, int people, int puts, Random random) {
        long started = System.nanoTime();
        for (int k = 0; k < puts; k++) {
            Map<String, Object> params = new HashMap<>();
            params.put("from", "p" + random.nextInt(people));
            params.put("to", "p" + random.nextInt(people));
            params.put("strength", random.nextDouble());
            params.put("context", "friend");
            params.put("since", null);
            params.put("lastContact", java.time.LocalDate.of(2026, 11, 1));
            params.put("note", null);
            params.put("now", "2026-12-02T00:00:00Z");
            params.put("addedBy", null);
            if (params.get("from").equals(params.get("to"))) {
                continue;
            }
            db.executeTransactionally(upsert, params);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    @Test
    void singleTiePutsWithTheIndexListenerCostLittleMoreThanWithout() throws Exception {
        int people = Integer.getInteger("bench.people", 100_000);
        int puts = Integer.getInteger("bench.puts", 3_000);
        String upsert = new CypherFiles().get("ties/upsert_knows").text();
        DatabaseManagementService with = start(Files.createDirectories(dir.resolve("with")), true);
        DatabaseManagementService without = start(Files.createDirectories(dir.resolve("without")), false);
        try {
            GraphDatabaseService a = with.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            GraphDatabaseService b = without.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            load(a, people, 7);
            load(b, people, 7);
            assertThat(Indexes.of(a).orElseThrow().awaitReady(120_000)).isTrue();
            round(a, upsert, people, puts / 3, new Random(1));
            round(b, upsert, people, puts / 3, new Random(1));
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                double withIndex = round(a, upsert, people, puts, new Random(100 + r));
                double withoutIndex = round(b, upsert, people, puts, new Random(100 + r));
                ratios.add(withIndex / withoutIndex);
                System.out.printf("round %d: with the index %.0f puts/s, without %.0f puts/s, ratio %.3f%n", r,
                        puts / withIndex, puts / withoutIndex, withIndex / withoutIndex);
            }
            ratios.sort(null);
            System.out.printf("median time ratio with/without the listener: %.3f (%d people, %d puts a round, load %s)%n",
                    ratios.get(2), people, puts, Files.readString(Path.of("/proc/loadavg")).strip());
            System.out.println("index status: " + Indexes.of(a).orElseThrow().status());
        } finally {
            with.shutdown();
            without.shutdown();
        }
    }
}
