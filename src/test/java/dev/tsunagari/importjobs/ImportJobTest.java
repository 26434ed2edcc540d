package dev.tsunagari.importjobs;

import dev.tsunagari.imports.ImportFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ImportJobTest {

    @Test
    void aFileOverFiveMebibytesRunsAsAJobWhoseProgressCanBeFollowed() throws Exception {
        byte[] body = padded(ImportFiles.fixture("json/network.json"), ImportController.JOB_THRESHOLD + 1);

        TestApi.Response accepted = ImportFiles.post("format=json", body);

        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        String location = accepted.raw().headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/api/imports/");
        JsonNode job = waitUntilFinished(location);
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(job.get("report").get("people").get("created").asInt()).isEqualTo(4);
        assertThat(ImportFiles.person("yuki").get("name").asText()).isEqualTo("Yuki Example");
    }

    @Test
    void aBrokenLargeFileFailsItsJobAndChangesNothing() throws Exception {
        ImportFiles.imported("format=csv&kind=people", "csv/people.csv");
        List<String> before = TestNeo4j.snapshot();
        byte[] body = padded(ImportFiles.fixture("broken/truncated.json"), ImportController.JOB_THRESHOLD + 1);

        TestApi.Response accepted = ImportFiles.send("format=json", body, "application/json");
        JsonNode job = waitUntilFinished(accepted.raw().headers().firstValue("Location").orElseThrow());

        assertThat(job.get("status").asText()).isEqualTo("failed");
        assertThat(job.get("error").asText()).contains("not valid JSON").endsWith("nothing was changed.");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void otherRoutesKeepTheirOneMegabyteLimit() {
        String big = "{\"name\": \"" + "あ".repeat(400_000) + "\"}";
        TestApi.Response response = TestApi.put("/api/people/big", big);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /** The same JSON with spaces after its first brace, so it is large without holding more records. */
    private static byte[] padded(byte[] json, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(json, 0, 1);
        out.writeBytes(" ".repeat((int) (size - json.length)).getBytes(StandardCharsets.US_ASCII));
        out.write(json, 1, json.length - 1);
        return out.toByteArray();
    }

    private static JsonNode waitUntilFinished(String location) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = TestApi.get(location).json();
            String status = job.get("status").asText();
            if (status.equals("done") || status.equals("failed") || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(100);
        }
    }
}
