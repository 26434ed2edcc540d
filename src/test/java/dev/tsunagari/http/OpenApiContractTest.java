package dev.tsunagari.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The oracle itself can fail: it refuses what the document does not promise. */
class OpenApiContractTest {
    private static final String PERSON = "{\"id\": \"aiko\", \"name\": \"Aiko\", \"tags\": [], \"offers\": [], \"seeks\": [],"
            + " \"links\": [], \"createdAt\": \"2026-04-01T09:30:00.000Z\", \"updatedAt\": \"2026-04-01T09:30:00.000Z\"";

    @Test
    void aValidPersonPasses() {
        assertThat(OpenApiContract.validate("person", OpenApiContract.schemaRef("Person"), PERSON + "}")).isEmpty();
    }

    @Test
    void anUndocumentedFieldAWrongTypeOrABadDateFails() {
        assertThat(OpenApiContract.validate("person", OpenApiContract.schemaRef("Person"), PERSON + ", \"age\": 3}")).isNotEmpty();
        assertThat(OpenApiContract.validate("person", OpenApiContract.schemaRef("Person"),
                PERSON.replace("\"tags\": []", "\"tags\": \"x\"") + "}")).isNotEmpty();
        assertThat(OpenApiContract.validate("person", OpenApiContract.schemaRef("Person"),
                PERSON.replace("2026-04-01T09:30:00.000Z", "2026-02-30T09:30:00.000Z") + "}")).isNotEmpty();
    }

    @Test
    void aProblemWithoutInstanceFails() {
        assertThat(OpenApiContract.validate("problem", OpenApiContract.schemaRef("Problem"),
                "{\"type\": \"about:blank\", \"title\": \"Not found\", \"status\": 404, \"detail\": \"x\"}")).isNotEmpty();
    }

    @Test
    void requestsAreMatchedToTheirOperation() {
        assertThat(OpenApiContract.operation("GET", "/api/people/aiko/ties?limit=2")).hasValueSatisfying(op ->
                assertThat(op.template()).isEqualTo("/api/people/{id}/ties"));
        assertThat(OpenApiContract.operation("DELETE", "/api/ties/a/KNOWS/b")).isPresent();
        assertThat(OpenApiContract.operation("PATCH", "/api/ties")).isEmpty();
        assertThat(OpenApiContract.operation("GET", "/api/people//ties")).isEmpty();
    }
}
