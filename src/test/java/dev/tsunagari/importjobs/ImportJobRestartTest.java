package dev.tsunagari.importjobs;

import dev.tsunagari.imports.Importer;
import dev.tsunagari.imports.ImportFiles;
import dev.tsunagari.formats.ImportFormat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import jobs are kept in the graph: a client polling its job learns how it ended, across a restart of the app. */
@Neo4jTest
class ImportJobRestartTest {
    @TempDir
    Path dataDir;

    @Test
    void aFinishedJobReadsTheSameAfterANewAppStartsOnTheSameDatabase() throws Exception {
        String location;
        JsonNode before;
        try (JobInstance first = new JobInstance(dataDir)) {
            HttpResponse<String> accepted = first.post("/api/import?format=json",
                    padded(ImportFiles.fixture("json/network.json"), ImportController.JOB_THRESHOLD + 1));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            location = accepted.headers().firstValue("Location").orElseThrow();
            before = first.waitFor(location, "done", "failed");
        }
        assertThat(before.get("status").asText()).as(before.toString()).isEqualTo("done");

        try (JobInstance second = new JobInstance(dataDir)) {
            HttpResponse<String> after = second.get(location);
            assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
            assertThat(second.json(location)).isEqualTo(before);
            assertThat(before.get("report").get("people").get("created").asInt()).isEqualTo(4);
            assertThat(before.get("finishedAt").asText()).isGreaterThanOrEqualTo(before.get("createdAt").asText());
            HttpResponse<String> unknown = second.get("/api/imports/no-such-job");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            String export = second.get("/api/export?format=json").body();
            assertThat(export).as("jobs describe the process, not the network").contains("Yuki Example")
                    .doesNotContain(location.substring(location.lastIndexOf('/') + 1)).doesNotContain("ImportJob");
        }
    }

    @Test
    void aJobRunningWhenTheAppStopsFailsAsItStopsReadsSoAfterTheRestartAndLeftoverUploadsAreDeleted() throws Exception {
        byte[] file = bigNetwork(60_000);
        assertThat((long) file.length).isGreaterThan(ImportController.JOB_THRESHOLD);
        String location;
        try (JobInstance first = new JobInstance(dataDir)) {
            HttpResponse<String> accepted = first.post("/api/import?format=json", file);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            location = accepted.headers().firstValue("Location").orElseThrow();
            JsonNode running = first.waitFor(location, "running", "done", "failed");
            assertThat(running.get("status").asText()).as("the import outlasts the poll").isEqualTo("running");
        }
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(storedStatus(id)).as("a stopping app fails the job it cannot finish").isEqualTo("failed");
        Path uploads = dataDir.resolve("uploads");
        Files.createDirectories(uploads);
        Path leftover = Files.write(uploads.resolve("import-left-by-a-crash.upload"), file);

        try (JobInstance second = new JobInstance(dataDir)) {
            JsonNode job = second.waitFor(location, "failed", "done");
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("failed");
            assertThat(job.get("error").asText()).isEqualTo(ImportJobs.INTERRUPTED)
                    .contains("interrupted by a restart", "Batches written before it are kept",
                            "importing the same file again is safe");
            assertThat(job.get("finishedAt").asText()).isNotBlank();
            assertThat(job.get("done").asLong()).isLessThan(job.get("total").asLong() + 1);
            assertThat(job.has("report")).isFalse();
            assertThat(leftover).doesNotExist();
            try (var left = Files.list(uploads)) {
                assertThat(left).as("uploads left behind").isEmpty();
            }
        }
    }

    @Test
    void aHundredAndOneFinishedJobsKeepTheLastHundred(@TempDir Path spoolDir) throws Exception {
        CypherFiles cypher = new CypherFiles();
        ImportJobs jobs = new ImportJobs(new Importer(TestNeo4j.graph(), cypher), TestNeo4j.graph(), cypher,
                new UploadSpool(spoolDir));
        byte[] fixture = ImportFiles.fixture("json/network.json");
        try {
            String oldest = finished(jobs, jobs.submit(spooled(spoolDir, fixture), json(), fixture.length).id());
            List<String> later = new ArrayList<>();
            for (int i = 0; i < ImportJobs.KEPT; i++) {
                later.add(jobs.submit(spooled(spoolDir, fixture), json(), fixture.length).id());
            }
            for (String id : later) {
                finished(jobs, id);
            }

            assertThat(TestApi.get("/api/imports/" + oldest).status()).as("the oldest finished job").isEqualTo(404);
            for (String id : later) {
                TestApi.Response job = TestApi.get("/api/imports/" + id);
                assertThat(job.status()).as(job.text()).isEqualTo(200);
                assertThat(job.json().get("status").asText()).isEqualTo("done");
            }
            assertThat(storedJobs()).isEqualTo(ImportJobs.KEPT);
        } finally {
            jobs.stop();
        }
    }

    private static String finished(ImportJobs jobs, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!jobs.get(id).map(j -> j.finishedAt() != null).orElse(true) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        return id;
    }

    private static Importer.Options json() {
        return new Importer.Options(ImportFormat.JSON, null, null);
    }

    private static Path spooled(Path dir, byte[] content) throws Exception {
        return Files.write(Files.createTempFile(dir, "import-", ".upload"), content);
    }

    private static String storedStatus(String id) {
        return TestNeo4j.graph().read(tx -> Graph.run(tx, new CypherFiles().get("jobs/get"), Map.of("id", id))
                .single().get("job").get("status").asString());
    }

    private static long storedJobs() {
        return TestNeo4j.graph().read(tx -> Graph.run(tx, new CypherFiles().get("test/count_import_jobs"), Map.of())
                .single().get("jobs").asLong());
    }

    /** A made-up network of {@code people} people in a chain of KNOWS ties: large enough to take a while. */
    private static byte[] bigNetwork(int people) {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"people\": [");
        for (int i = 0; i < people; i++) {
            json.append(i == 0 ? "" : ",").append(String.format(
                    "{\"id\": \"job-%06d\", \"name\": \"Sample Person %06d\", \"tags\": [\"sample\", \"見本\"]}", i, i));
        }
        json.append("], \"ties\": [");
        for (int i = 1; i < people; i++) {
            json.append(i == 1 ? "" : ",").append(String.format(
                    "{\"from\": \"job-%06d\", \"to\": \"job-%06d\", \"type\": \"KNOWS\", \"strength\": 0.5}", i - 1, i));
        }
        json.append("], \"introductions\": [], \"interactions\": []}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same JSON with spaces after its first brace, so it is large without holding more records. */
    private static byte[] padded(byte[] json, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, 1);
        out.writeBytes(" ".repeat((int) (size - json.length)).getBytes(StandardCharsets.US_ASCII));
        out.write(json, 1, json.length - 1);
        return out.toByteArray();
    }
}
