package dev.tsunagari.bulkload;

import dev.tsunagari.imports.SyntheticNetwork;
import dev.tsunagari.imports.ReportBuilder;
import dev.tsunagari.imports.RecordCounter;
import dev.tsunagari.imports.Importer;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.formats.JsonSource;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.formats.CsvTiesSource;
import dev.tsunagari.formats.CsvPeopleSource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.lang.management.ManagementFactory;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.graph.Neo4jConnection;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast a large network loads into an empty embedded Neo4j, through the same importer as the API and the
 * command line. Not part of the default run; see the README for the command. {@code bench.ties} (default 100000)
 * and {@code bench.people} (default ties / 10) set the size.
 */
@Neo4jTest
@Tag("benchmark")
class BulkImportBenchmark {
    @TempDir
    Path temp;
    private static final int TIES = Integer.getInteger("bench.ties", 100_000);
    private static final int PEOPLE = Integer.getInteger("bench.people", Math.max(10, TIES / 10));

    @Test
    void loadsTiesFromJson() throws Exception {
        Path json = jsonFile();
        measure("json", json, new Importer.Options(ImportFormat.JSON, null, null));
    }

    @Test
    void loadsTiesFromCsv() throws Exception {
        CsvPair network = csvPair();
        Path people = network.people();
        Path ties = network.ties();
        Importer importer = new Importer(TestNeo4j.graph(), new CypherFiles());
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ImportReport p = importer.run(people, new Importer.Options(ImportFormat.CSV, ImportFormat.CsvKind.PEOPLE, null), Importer.Progress.NONE);
        long middle = System.nanoTime();
        ImportReport t = importer.run(ties, new Importer.Options(ImportFormat.CSV, ImportFormat.CsvKind.TIES, null), Importer.Progress.NONE);
        long end = System.nanoTime();
        assertThat(p.people().created()).isEqualTo(PEOPLE);
        assertThat(t.ties().created()).isEqualTo(TIES);
        print("csv", Files.size(people) + Files.size(ties), middle - start, end - middle, cpuNanos() - cpu);
    }

    @Test
    void loadsTiesOfflineIntoAnEmptyStore() throws Exception {
        Path json = jsonFile();
        Path dir = json.getParent();
        offline("json", dir, Files.size(json), (home, log, phases) -> BulkLoad.run(json, home, log, phases));
        BulkPhases parse = new BulkPhases();
        parse.time("parse only", () -> {
            new JsonSource(JsonSource.SECTIONS).read(json, new RecordCounter());
            return null;
        });
        System.out.println("BENCHMARK offline json, for comparison: " + parse);
    }

    @Test
    void loadsTiesOfflineFromTheCsvPair() throws Exception {
        CsvPair network = csvPair();
        Path dir = network.dir();
        Path people = network.people();
        Path ties = network.ties();
        offline("csv", dir, Files.size(people) + Files.size(ties),
                (home, log, phases) -> BulkLoad.runCsv(people, ties, home, log, phases));
    }

    /**
     * The baseline the offline path is held to, in the same run: Neo4j's own {@code database import full} on the
     * importer files our path writes (already checked, numbered), in a fresh JVM, against our whole command in a
     * fresh JVM on the same input, as a user runs it: read, check, import, first start, schema and full-text index.
     */
    @Test
    void neo4jsOwnImportCommandInAFreshJvmIsTheFloor() throws Exception {
        CsvPair network = csvPair();
        Path dir = network.dir();
        Path people = network.people();
        Path ties = network.ties();
        Path prepared = Files.createDirectory(dir.resolve("importer-input"));
        boolean multiline;
        try (BulkFiles files = new BulkFiles(prepared, new ReportBuilder())) {
            new CsvPeopleSource().read(people, files);
            files.continueNumbering();
            new CsvTiesSource().read(ties, files);
            multiline = files.multiline();
        }
        Path home = dir.resolve("neo4j-home");
        Files.createDirectories(home.resolve("conf"));
        List<String> floor = new ArrayList<>(List.of("org.neo4j.cli.AdminTool", "database", "import", "full"));
        floor.addAll(BulkLoad.importerArguments(prepared, multiline));
        Run importer = java(floor, Map.of("NEO4J_HOME", home.toString(), "NEO4J_CONF", home.resolve("conf").toString()));
        Run ours = java(List.of("dev.tsunagari.Main", "import", people.toString(), "--format", "csv", "--bulk",
                "--ties", ties.toString(), "--data", dir.resolve("data").toString()), Map.of());
        assertThat(importer.exit()).as(importer.output()).isZero();
        assertThat(ours.exit()).as(ours.output()).isZero();
        String done = importer.output().lines().filter(l -> l.contains("IMPORT DONE")).findFirst().orElse("?").strip();
        System.out.printf(Locale.ROOT, "BENCHMARK floor: %,d people and %,d ties; Neo4j's import command alone, fresh "
                        + "JVM: %.2f s process (%,.0f ties/s; %s), %.1f CPU-s; tsunagari import --bulk, fresh JVM, file "
                        + "to store with constraints and full-text index online: %.2f s (%,.0f ties/s), %.1f CPU-s; "
                        + "target 200,000 ties/s = %.2f s; load average %.1f%n",
                PEOPLE, TIES, importer.seconds(), TIES / importer.seconds(), done, importer.cpuSeconds(), ours.seconds(),
                TIES / ours.seconds(), ours.cpuSeconds(), TIES / 200_000.0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ours.output().lines().filter(l -> l.startsWith("bulk load:"))
                .forEach(l -> System.out.println("BENCHMARK floor, ours: " + l));
    }

    /** A finished child JVM: exit code, wall seconds, CPU seconds, everything it printed. */
    private record Run(int exit, double seconds, double cpuSeconds, String output) {}

    private static Run java(List<String> mainAndArguments, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        // A finished process no longer reports its CPU time: the last reading while it ran stands for it.
        double[] cpu = {Double.NaN};
        Thread sampler = new Thread(() -> {
            while (process.isAlive()) {
                process.info().totalCpuDuration().ifPresent(d -> cpu[0] = d.toNanos() / 1e9);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.join();
        return new Run(exit, seconds, cpu[0], output);
    }

    /** The generated network as our people and ties CSV files, in a directory of their own. */
    private record CsvPair(Path dir, Path people, Path ties) {}

    private CsvPair csvPair() throws Exception {
        Path dir = Files.createTempDirectory(temp, "tsunagari-bench-");
        CsvPair pair = new CsvPair(dir, dir.resolve("people.csv"), dir.resolve("ties.csv"));
        new SyntheticNetwork(PEOPLE, TIES, 42).writeCsv(pair.people(), pair.ties());
        return pair;
    }

    /** The generated network as our JSON file, in a directory of its own. */
    private Path jsonFile() throws Exception {
        Path json = Files.createTempDirectory(temp, "tsunagari-bench-").resolve("network.json");
        new SyntheticNetwork(PEOPLE, TIES, 42).writeJson(json);
        return json;
    }

    /** One way into the offline path. */
    private interface OfflineLoad {
        ImportReport run(Path neo4jHome, PrintStream log, BulkPhases phases) throws Exception;
    }

    /** Times a load into an empty store until the database is up with its schema, indexes online. */
    private static void offline(String name, Path dir, long bytes, OfflineLoad load) throws Exception {
        Path data = dir.resolve("data");
        BulkPhases phases = new BulkPhases();
        Path importerLog = dir.resolve("importer.log");
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ImportReport report;
        try (PrintStream log = new PrintStream(Files.newOutputStream(importerLog), true)) {
            report = load.run(data.resolve("neo4j"), log, phases);
        }
        long loaded = System.nanoTime();
        try (Neo4jConnection neo4j = phases.time("first start", () ->
                Neo4jConnection.open(Config.fromEnvironment(Map.of()).withDataDir(data).withBoltPort(0)))) {
            phases.time("schema and index population", () -> new Migrations(neo4j.graph(), new CypherFiles()).apply());
        }
        long end = System.nanoTime();
        assertThat(report.people().created()).isEqualTo(PEOPLE);
        assertThat(report.ties().created()).isEqualTo(TIES);
        assertThat(report.errors()).isEmpty();
        double loadSeconds = (loaded - start) / 1e9;
        double importerSeconds = phases.seconds().get("importer");
        double allSeconds = (end - start) / 1e9;
        System.out.println("BENCHMARK offline " + name + " phases: " + phases);
        Files.readAllLines(importerLog).stream()
                .filter(l -> l.contains("COMPLETED") || l.contains("IMPORT DONE") || l.contains("Peak memory"))
                .forEach(l -> System.out.println("BENCHMARK offline " + name + " importer: " + l.strip()));
        System.out.printf(Locale.ROOT, "BENCHMARK offline %s: %,d people and %,d ties (%,d bytes); importer %.2f s "
                        + "(%,.0f ties/s); file to loaded store %.2f s (%,.0f ties/s); end to end, up with constraints "
                        + "and full-text index online, %.2f s (%,.0f ties/s); %.1f CPU-seconds; load average %.1f%n",
                name, PEOPLE, TIES, bytes, importerSeconds, TIES / importerSeconds, loadSeconds, TIES / loadSeconds,
                allSeconds, TIES / allSeconds, (cpuNanos() - cpu) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void measure(String name, Path file, Importer.Options options) throws Exception {
        Importer importer = new Importer(TestNeo4j.graph(), new CypherFiles());
        long[] peopleDone = {0};
        long cpu = cpuNanos();
        long start = System.nanoTime();
        ImportReport report = importer.run(file, options, (done, total) -> {
            if (peopleDone[0] == 0 && done >= PEOPLE) {
                peopleDone[0] = System.nanoTime();
            }
        });
        long end = System.nanoTime();
        assertThat(report.people().created()).isEqualTo(PEOPLE);
        assertThat(report.ties().created()).isEqualTo(TIES);
        assertThat(report.errors()).isEmpty();
        print(name, Files.size(file), peopleDone[0] - start, end - peopleDone[0], cpuNanos() - cpu);
    }

    /** CPU time of this whole JVM (importer and embedded Neo4j): on a shared machine it says what wall time cannot. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void print(String name, long bytes, long peopleNanos, long tiesNanos, long cpu) {
        double peopleSeconds = peopleNanos / 1e9;
        double tiesSeconds = tiesNanos / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK %s: %.1f CPU-seconds in all (%,.0f ties per CPU-second); load average %.1f%n",
                name, cpu / 1e9, TIES / (cpu / 1e9), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "BENCHMARK %s: %,d people in %.2f s (%,.0f/s), %,d ties in %.2f s (%,.0f ties/s); "
                        + "whole file (%,d bytes) %.2f s, %,.0f ties/s overall%n",
                name, PEOPLE, peopleSeconds, PEOPLE / peopleSeconds, TIES, tiesSeconds, TIES / tiesSeconds, bytes,
                peopleSeconds + tiesSeconds, TIES / (peopleSeconds + tiesSeconds));
    }
}
