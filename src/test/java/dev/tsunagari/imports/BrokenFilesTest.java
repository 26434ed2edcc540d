package dev.tsunagari.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class BrokenFilesTest {
    private List<String> before;

    @BeforeEach
    void someoneIsAlreadyThere() {
        ImportFiles.imported("format=json", "json/network.json");
        before = TestNeo4j.snapshot();
    }

    @Test
    void aLinkedInFileWithAnotherHeaderIsRefusedWhole() {
        assertBroken("format=linkedin", "broken/linkedin-wrong-header.csv",
                "wrong header: expected First Name,Last Name,URL");
    }

    @Test
    void aCsvFileCutOffInTheMiddleOfALineIsRefusedWhole() {
        assertBroken("format=csv&kind=people", "broken/people-truncated.csv",
                "line 10: has 4 cells where the header has 14");
    }

    @Test
    void aCsvFileWithBytesThatAreNotUtf8IsRefusedWhole() {
        assertBroken("format=csv&kind=people", "broken/people-invalid-utf8.csv", "line 5: is not valid UTF-8 text");
    }

    @Test
    void aVCardWithoutItsEndIsRefusedWhole() {
        assertBroken("format=vcard", "broken/missing-end.vcf", "line 11: the vCard that starts here (record 2) has no END:VCARD");
    }

    @Test
    void aJsonFileCutShortIsRefusedWhole() {
        assertBroken("format=json", "broken/truncated.json", "is not valid JSON in UTF-8");
    }

    @Test
    void aCsvPeopleFileSentAsTiesIsRefusedForItsHeader() {
        assertBroken("format=csv&kind=ties", "csv/people.csv", "wrong header: expected columns from from,to,type");
    }

    @Test
    void requestsThatMakeNoSenseAreClientErrorsNamingTheParameter() {
        byte[] file = ImportFiles.fixture("csv/people.csv");
        assertProblem(ImportFiles.post("format=excel", file), 400, "format");
        assertProblem(ImportFiles.post("format=csv", file), 400, "kind");
        assertProblem(ImportFiles.post("format=csv&kind=people&owner=me", file), 400, "owner");
        assertProblem(ImportFiles.post("format=linkedin&owner=nobody", file), 422, "owner");
        assertProblem(ImportFiles.post("format=json", new byte[0]), 400, "body");
        assertProblem(TestApi.get("/api/export?format=linkedin"), 400, "format");
        assertProblem(TestApi.get("/api/imports/unknown-job"), 404, null);
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    private void assertBroken(String query, String fixture, String detail) {
        TestApi.Response response = ImportFiles.post(query, ImportFiles.fixture(fixture));
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detail).endsWith("Nothing was changed.");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    private static void assertProblem(TestApi.Response response, int status, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        }
    }
}
