package dev.tsunagari.export;

import dev.tsunagari.imports.IntroductionHistory;
import dev.tsunagari.imports.ImportFiles;
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
        assertThat(first).startsWith("{\"schemaVersion\":3,")
                .contains("\"introductions\":[\n]", "\"interactions\":[\n]", "\"accounts\":[\n]");
    }

    @Test
    void introductionsWithTheirHistoryAndInteractionsComeBackAsTheyWere() {
        IntroductionHistory.build();
        String first = export("json");
        List<String> api = IntroductionHistory.readBack();
        List<String> history = IntroductionHistory.historyLines(TestNeo4j.snapshot());

        TestNeo4j.clean();
        TestApi.Response restored = ImportFiles.post("format=json", first.getBytes(StandardCharsets.UTF_8));

        assertThat(restored.json().get("errors")).as(restored.text()).isEmpty();
        assertThat(restored.json().get("introductions").get("created").asInt()).isEqualTo(3);
        assertThat(restored.json().get("interactions").get("created").asInt()).isEqualTo(3);
        assertThat(export("json")).isEqualTo(first);
        assertThat(IntroductionHistory.readBack()).isEqualTo(api);
        assertThat(IntroductionHistory.historyLines(TestNeo4j.snapshot())).isEqualTo(history).hasSize(29);
        assertThat(first).contains("\"status\":\"declined\"", "今は紹介できる時期ではありません",
                "\"idempotencyKey\":\"emma-asks-kenta-1\"", "\"seq\":5", "Talked about the concert series.");
    }

    @Test
    void importingTheSameHistoryAgainChangesNothing() {
        IntroductionHistory.build();
        String first = export("json");
        List<String> graph = TestNeo4j.snapshot();

        TestApi.Response again = ImportFiles.post("format=json", first.getBytes(StandardCharsets.UTF_8));

        assertThat(again.json().get("errors")).as(again.text()).isEmpty();
        assertThat(again.json().get("introductions").toString()).isEqualTo(
                "{\"created\":0,\"updated\":0,\"merged\":0,\"skipped\":3}");
        assertThat(again.json().get("interactions").toString()).isEqualTo(
                "{\"created\":0,\"updated\":0,\"merged\":0,\"skipped\":3}");
        assertThat(TestNeo4j.snapshot()).isEqualTo(graph);
    }

    @Test
    void restoringInteractionsLeavesTheTiesAsExported() {
        IntroductionHistory.build();
        String first = export("json");
        String ties = first.substring(first.indexOf("\"ties\""), first.indexOf("\"introductions\""));

        TestNeo4j.clean();
        String withoutContact = first.replace(",\"lastContact\":\"2026-10-20\"", "");
        assertThat(withoutContact).isNotEqualTo(first);
        ImportFiles.post("format=json", withoutContact.getBytes(StandardCharsets.UTF_8));

        String after = export("json");
        assertThat(after.substring(after.indexOf("\"ties\""), after.indexOf("\"introductions\"")))
                .as("an interaction restored is not logged again: no tie's lastContact moves")
                .isEqualTo(ties.replace(",\"lastContact\":\"2026-10-20\"", ""));
    }

    @Test
    void aBrokenIntroductionIsReportedAndChangesNothingElse() {
        IntroductionHistory.build();
        String first = export("json");
        String lastIntroduction = first.substring(first.indexOf("\n", first.indexOf("\"introductions\":[")) + 1,
                first.indexOf("\n],\n\"interactions\""));
        lastIntroduction = lastIntroduction.substring(lastIntroduction.lastIndexOf("\n") + 1);
        String stranger = lastIntroduction.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"broken-1\"")
                .replace("\"requester\":\"", "\"requester\":\"nobody-").replaceFirst("\"idempotencyKey\":\"[^\"]*\",", "");
        String badStatus = lastIntroduction.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"broken-2\"")
                .replaceFirst("\"status\":\"[a-z]+\"", "\"status\":\"closed\"")
                .replaceFirst("\"idempotencyKey\":\"[^\"]*\",", "");
        String broken = first.replace(lastIntroduction, lastIntroduction + ",\n" + stranger + ",\n" + badStatus);

        TestNeo4j.clean();
        TestApi.Response report = ImportFiles.post("format=json", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(report.json().get("errors").findValuesAsText("field")).containsExactly("requester", "status");
        assertThat(report.json().get("errors").get(0).get("detail").asText()).startsWith("no person with id nobody-");
        assertThat(report.json().get("introductions").get("skipped").asInt()).isEqualTo(2);
        assertThat(export("json")).isEqualTo(first);
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
