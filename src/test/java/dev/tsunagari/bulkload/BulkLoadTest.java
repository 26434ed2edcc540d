package dev.tsunagari.bulkload;

import dev.tsunagari.imports.StoredStateImportTest;
import dev.tsunagari.imports.OwnedNetwork;
import dev.tsunagari.imports.IntroductionHistory;
import dev.tsunagari.imports.Importer;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.imports.ImportFiles;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.export.Exporter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.config.Config;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Migrations;
import dev.tsunagari.graph.Neo4jConnection;
import dev.tsunagari.http.Json;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.Person;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Neo4jTest
class BulkLoadTest {
    private static final CypherFiles CYPHER = new CypherFiles();
    @TempDir
    Path temp;

    @Test
    void theOfflineLoadBuildsTheSameGraphAsTheTransactionalImport() throws Exception {
        ImportFiles.imported("format=json", "json/network.json");
        ImportFiles.imported("format=vcard", "vcard/iphone-3.0.vcf");
        String export = TestApi.get("/api/export?format=json").text();
        Path json = Files.createTempFile(temp, "tsunagari-bulk-test-", ".json");
        Files.writeString(json, export);
        Path data = Files.createTempDirectory(temp, "tsunagari-bulk-test-");

        ImportReport report = BulkLoad.run(json, data.resolve("neo4j"), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(report.people().created()).isEqualTo(ImportFiles.everyone().size());
        assertThat(report.ties().created()).isEqualTo(3);
        assertThat(report.errors()).isEmpty();
        assertThat(BulkLoad.possible(data.resolve("neo4j"))).isFalse();
        try (Neo4jConnection loaded = open(data)) {
            assertThat(export(loaded.graph())).isEqualTo(export);
            assertThat(snapshot(loaded.graph())).isEqualTo(TestNeo4j.snapshot());
            List<Person> found = new PeopleRepository(loaded.graph(), CYPHER)
                    .list(FullTextQuery.of("団地"), List.of(), Optional.empty(), 10);
            assertThat(found).extracting(Person::id).as("the full-text index covers loaded people").isNotEmpty();
        }
    }

    @Test
    void introductionsAndInteractionsAreAppliedOnceTheBulkLoadedStoreHasStarted() throws Exception {
        IntroductionHistory.build();
        String export = TestApi.get("/api/export?format=json").text();
        Path json = Files.createTempFile(temp, "tsunagari-bulk-test-", ".json");
        Files.writeString(json, export);
        Path data = Files.createTempDirectory(temp, "tsunagari-bulk-test-");

        ImportReport bulk = BulkLoad.run(json, data.resolve("neo4j"), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(bulk.errors()).isEmpty();
        assertThat(bulk.introductions().created() + bulk.interactions().created()).as("left for the started store").isZero();
        try (Neo4jConnection loaded = open(data)) {
            ImportReport history = new Importer(loaded.graph(), CYPHER).runHistory(json, Importer.Progress.NONE);
            assertThat(history.errors()).isEmpty();
            assertThat(history.introductions().created()).isEqualTo(3);
            assertThat(history.interactions().created()).isEqualTo(3);
            assertThat(export(loaded.graph())).isEqualTo(export);
        }
    }

    @Test
    void accountsOwnershipAndTieStateSurviveTheBulkLoadAsTheyDoTheTransactionalImport() throws Exception {
        OwnedNetwork.build();
        String export = TestApi.get("/api/export?format=json").text();
        Path json = Files.createTempFile("tsunagari-bulk-test-", ".json");
        Files.writeString(json, export);
        Path data = Files.createTempDirectory("tsunagari-bulk-test-");

        ImportReport bulk = BulkLoad.run(json, data.resolve("neo4j"), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(bulk.errors()).isEmpty();
        try (Neo4jConnection loaded = open(data)) {
            ImportReport rest = new Importer(loaded.graph(), CYPHER).runHistory(json, Importer.Progress.NONE);
            assertThat(rest.errors()).isEmpty();
            assertThat(rest.accounts().created()).isEqualTo(2);
            assertThat(export(loaded.graph())).isEqualTo(export);
            assertThat(snapshot(loaded.graph())).isEqualTo(TestNeo4j.snapshot());
        }
    }

    @Test
    void storedStateIsCheckedByTheBulkLoadAsByTheTransactionalImport() throws Exception {
        Path json = Files.createTempFile("tsunagari-bulk-test-", ".json");
        Files.write(json, ImportFiles.fixture(StoredStateImportTest.FIXTURE));
        Path data = Files.createTempDirectory("tsunagari-bulk-test-");

        ImportReport bulk = BulkLoad.run(json, data.resolve("neo4j"), new PrintStream(OutputStream.nullOutputStream()));

        try (Neo4jConnection loaded = open(data)) {
            ImportReport rest = new Importer(loaded.graph(), CYPHER).runHistory(json, Importer.Progress.NONE);
            assertThat(Stream.concat(bulk.errors().stream(), rest.errors().stream()))
                    .extracting(e -> e.record() + " " + e.field())
                    .containsExactlyElementsOf(StoredStateImportTest.BAD_FIELDS);
            ImportFiles.imported("format=json", StoredStateImportTest.FIXTURE);
            String stamps = "\"(createdAt|updatedAt)\":\"[^\"]*\"";
            assertThat(export(loaded.graph()).replaceAll(stamps, "$1"))
                    .isEqualTo(TestApi.get("/api/export?format=json").text().replaceAll(stamps, "$1"));
        }
    }

    @Test
    void recordsTheTransactionalImportWouldRejectAreRejectedHereToo() throws Exception {
        Path data = Files.createTempDirectory(temp, "tsunagari-bulk-test-");
        Path json = Files.createTempFile(temp, "tsunagari-bulk-test-", ".json");
        Files.write(json, ImportFiles.fixture("json/network.json"));

        ImportReport report = BulkLoad.run(json, data.resolve("neo4j"), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(report.people().created()).isEqualTo(4);
        assertThat(report.ties().created()).isEqualTo(3);
        assertThat(report.errors()).extracting(e -> e.record() + " " + e.field()).containsExactly("8 to", "9 strength");
    }

    @Test
    void theCsvPairLoadsOfflineIntoTheSameGraphAsTheTransactionalImport() throws Exception {
        ImportFiles.imported("format=csv&kind=people", "csv/people.csv");
        ImportFiles.imported("format=csv&kind=ties", "csv/ties.csv");
        Path dir = Files.createTempDirectory(temp, "tsunagari-bulk-test-");
        Path people = dir.resolve("people.csv");
        Path ties = dir.resolve("ties.csv");
        Files.write(people, ImportFiles.fixture("csv/people.csv"));
        Files.write(ties, ImportFiles.fixture("csv/ties.csv"));

        ImportReport report = BulkLoad.runCsv(people, ties, dir.resolve("neo4j"),
                new PrintStream(OutputStream.nullOutputStream()), new BulkPhases());

        assertThat(report.records()).isEqualTo(7);
        assertThat(report.people().created()).isEqualTo(4);
        assertThat(report.ties().created()).isEqualTo(3);
        assertThat(report.errors()).isEmpty();
        try (Neo4jConnection loaded = open(dir)) {
            assertThat(withoutStamps(snapshot(loaded.graph()))).isEqualTo(withoutStamps(TestNeo4j.snapshot()));
        }
    }

    @Test
    void tiesOfTheCsvPairAreNumberedAfterThePeople() throws Exception {
        Path dir = Files.createTempDirectory(temp, "tsunagari-bulk-test-");
        Path people = dir.resolve("people.csv");
        Path ties = dir.resolve("ties.csv");
        Files.writeString(people, "id,name\nme,山田 花子\naiko,Aiko Tanaka\n");
        Files.writeString(ties, "from,to,type\nme,aiko,KNOWS\nme,nobody,KNOWS\naiko,me,KNOWS\n");

        ImportReport report = BulkLoad.runCsv(people, ties, dir.resolve("neo4j"),
                new PrintStream(OutputStream.nullOutputStream()), new BulkPhases());

        assertThat(report.records()).isEqualTo(5);
        assertThat(report.ties().created()).isEqualTo(1);
        assertThat(report.errors()).extracting(e -> e.record() + " " + e.field() + " line " + e.line())
                .containsExactly("4 to line 3", "5 to line 4");
    }

    @Test
    void notesWithCommasQuotesAndLineBreaksArriveAsWritten() throws Exception {
        String note = "会った, \"また今度\"と言われた\nsecond line, too";
        Path json = Files.createTempFile(temp, "tsunagari-bulk-test-", ".json");
        Files.writeString(json, "{\"schemaVersion\":1,\n\"ties\":[\n"
                + "{\"from\":\"ken\",\"to\":\"me\",\"type\":\"TRUSTS\",\"note\":" + Json.MAPPER.writeValueAsString(note) + "}],\n"
                + "\"people\":[\n{\"id\":\"me\",\"name\":\"Hanako Example\",\"notes\":\"one, \\\"two\\\"\\nthree\"},\n"
                + "{\"id\":\"ken\",\"name\":\"佐藤 健\"}]}\n");
        Path data = Files.createTempDirectory(temp, "tsunagari-bulk-test-");

        ImportReport report = BulkLoad.run(json, data.resolve("neo4j"), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(report.errors()).as("a tie before its people waits for them").isEmpty();
        assertThat(report.ties().created()).isEqualTo(1);
        try (Neo4jConnection loaded = open(data)) {
            assertThat(snapshot(loaded.graph())).anySatisfy(line -> assertThat(line)
                    .startsWith("rel ken TRUSTS me").contains("note=" + note));
            assertThat(snapshot(loaded.graph())).anySatisfy(line -> assertThat(line)
                    .startsWith("node me :Person").contains("notes=one, \"two\"\nthree"));
        }
    }

    private static List<String> withoutStamps(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("(createdAt|updatedAt)=[^,}]*", "$1=")).toList();
    }

    private static Neo4jConnection open(Path data) {
        Neo4jConnection neo4j = Neo4jConnection.open(Config.fromEnvironment(Map.of()).withDataDir(data).withBoltPort(0));
        new Migrations(neo4j.graph(), CYPHER).apply();
        return neo4j;
    }

    private static String export(Graph graph) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(graph, CYPHER).write(ImportFormat.JSON, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> snapshot(Graph graph) {
        return graph.read(tx -> Graph.run(tx, CYPHER.get("test/snapshot"), Map.of())
                .list(r -> r.get("line").asString() + " " + new TreeMap<>(r.get("props").asMap())))
                .stream().sorted().toList();
    }
}
