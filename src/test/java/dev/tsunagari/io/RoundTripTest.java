package dev.tsunagari.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@Neo4jTest
class RoundTripTest {

    @Test
    void exportIntoAnEmptyDatabaseAndExportAgainGivesTheSameFile() {
        ImportFiles.imported("format=json", "json/network.json");
        ImportFiles.imported("format=vcard", "vcard/feature-phone-2.1-sjis.vcf");
        ImportFiles.imported("format=linkedin", "linkedin/Connections.csv");
        String first = export("json");
        List<String> graph = TestNeo4j.snapshot();

        TestNeo4j.clean();
        TestApi.Response restored = ImportFiles.post("format=json", first.getBytes(StandardCharsets.UTF_8));

        assertThat(restored.json().get("errors")).as(restored.text()).isEmpty();
        assertThat(export("json")).isEqualTo(first);
        assertThat(TestNeo4j.snapshot()).isEqualTo(graph);
        assertThat(first).startsWith("{\"schemaVersion\":1,").contains("\"introductions\":[]", "\"interactions\":[]");
    }

    @Test
    void theTwoCsvFilesCarryTheWholeNetworkToo() {
        ImportFiles.imported("format=json", "json/network.json");
        ImportFiles.imported("format=vcard", "vcard/iphone-3.0.vcf");
        String json = export("json");
        String people = export("csv&kind=people");
        String ties = export("csv&kind=ties");

        TestNeo4j.clean();
        ImportFiles.post("format=csv&kind=people", people.getBytes(StandardCharsets.UTF_8));
        ImportFiles.post("format=csv&kind=ties", ties.getBytes(StandardCharsets.UTF_8));

        assertThat(export("json")).isEqualTo(json);
    }

    @Test
    void anExportedVCardImportsBackAsTheSamePeople() {
        ImportFiles.imported("format=vcard", "vcard/iphone-3.0.vcf");
        ImportFiles.imported("format=csv&kind=people", "csv/people.csv");
        TestApi.Response vcard = TestApi.get("/api/export?format=vcard");
        assertThat(vcard.contentType()).startsWith("text/vcard");
        List<String> before = TestNeo4j.snapshot();

        TestApi.Response again = ImportFiles.post("format=vcard", vcard.text().getBytes(StandardCharsets.UTF_8));

        assertThat(again.json().get("skipped").asInt()).as(again.text()).isEqualTo(7);
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    private static String export(String query) {
        TestApi.Response response = TestApi.get("/api/export?format=" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.text();
    }
}
