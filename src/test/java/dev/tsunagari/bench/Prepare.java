package dev.tsunagari.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tsunagari.bulkload.BulkLoad;
import dev.tsunagari.imports.ImportReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * First step of a benchmark run, in its own JVM so that the measured one holds none of its memory: generates the
 * community graph into our JSON export format (and the baseline's tab-separated files), then loads the JSON into a
 * fresh embedded store with the project's own bulk import. A store prepared earlier for the same size and seed is
 * kept. Writes {@code prepare.json} (what it took) beside the store.
 *
 * <p>Arguments: {@code --people=1000000 --seed=7 --dir=target/bench}.
 */
public final class Prepare {
    static final double MEAN_DEGREE = 20.0;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Prepare() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = Benchmark.options(args);
        int people = Integer.parseInt(opts.getOrDefault("people", "10000"));
        long seed = Long.parseLong(opts.getOrDefault("seed", "7"));
        Path dir = Path.of(opts.getOrDefault("dir", "target/bench"), people + "-" + seed).toAbsolutePath();
        Path done = dir.resolve("prepare.json");
        if (Files.exists(done) && Files.isDirectory(dir.resolve("neo4j"))) {
            System.err.println("reusing the store prepared earlier in " + dir);
            return;
        }
        delete(dir);
        Files.createDirectories(dir.resolve("pg"));
        Path json = dir.resolve("graph.json");
        CommunityGraph graph = new CommunityGraph(people, seed);
        long t0 = System.nanoTime();
        long ties;
        try (ExportFiles files = new ExportFiles(json, dir.resolve("pg/person_tag.tsv"), dir.resolve("pg/tie.tsv"))) {
            ties = graph.generate(MEAN_DEGREE, seed, files);
        }
        double generated = (System.nanoTime() - t0) / 1e9;
        long jsonBytes = Files.size(json);
        System.err.printf("generated %,d people and %,d ties in %.1f s (%,d MB of JSON)%n", people, ties, generated,
                jsonBytes >> 20);
        long t1 = System.nanoTime();
        ImportReport report;
        try (PrintStream log = new PrintStream(Files.newOutputStream(dir.resolve("bulk-import.log")), true,
                StandardCharsets.UTF_8)) {
            report = BulkLoad.run(json, dir.resolve("neo4j"), log);
        }
        double loaded = (System.nanoTime() - t1) / 1e9;
        if (!report.errors().isEmpty() || report.created() != people + ties) {
            throw new IllegalStateException("the bulk import did not take the generated graph as it is: " + report);
        }
        System.err.printf("bulk import: %.1f s, %,.0f ties/s; %s%n", loaded, ties / loaded, report);
        Files.delete(json);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("people", people);
        out.put("ties", ties);
        out.put("seed", seed);
        out.put("generateSeconds", generated);
        out.put("jsonBytes", jsonBytes);
        out.put("bulkImportSeconds", loaded);
        out.put("bulkImportTiesPerSecond", ties / loaded);
        out.put("importReport", report);
        JSON.writeValue(done.toFile(), out);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
