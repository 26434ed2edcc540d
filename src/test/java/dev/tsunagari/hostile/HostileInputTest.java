package dev.tsunagari.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.OpenApiContract;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint under attack: each hostile request gets a 4xx problem document (never a 5xx) that names the
 * offending field, and leaves the graph exactly as it was. TestApi also checks each answer against the OpenAPI
 * document. The cases share one fixture: a case that passes has proved it changed nothing, so only a failing
 * one needs the fixture reloaded.
 */
@Neo4jTest
class HostileInputTest {

    static List<HostileCase> cases() {
        List<HostileCase> all = new ArrayList<>();
        all.addAll(PersonBodyCases.all());
        all.addAll(TieBodyCases.all());
        all.addAll(SyntaxCases.all());
        all.addAll(PathAndQueryCases.all());
        all.addAll(FinderCases.all());
        all.addAll(OtherEndpointCases.all());
        all.addAll(ConsoleCases.all());
        all.addAll(AccountCases.all());
        all.addAll(ExtremeBodyCases.all());
        all.addAll(HeaderInjectionCases.all());
        return all;
    }

    @Test
    void theSuiteHasAtLeastThreeHundredCasesOverEveryEndpoint() {
        List<HostileCase> cases = cases();
        System.out.println("Hostile-input suite: " + cases.size() + " cases");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        java.util.Set<String> attacked = new java.util.TreeSet<>();
        for (HostileCase hostile : cases) {
            OpenApiContract.operation(hostile.method(), hostile.path())
                    .ifPresent(op -> attacked.add(op.method() + " " + op.template()));
        }
        java.util.Set<String> every = new java.util.TreeSet<>();
        OpenApiContract.operations().stream()
                .filter(op -> op.template().startsWith("/api/"))
                .forEach(op -> every.add(op.method() + " " + op.template()));
        assertThat(attacked).as("every API operation meets hostile input").containsAll(every);
    }

    @TestFactory
    Stream<DynamicTest> hostileRequestsGetAProblemAndChangeNothing() {
        Hostile.loadFixture();
        // Reloading gives new timestamps: after a failing case, the later ones compare with the reloaded graph.
        AtomicReference<List<String>> fixture = new AtomicReference<>(TestNeo4j.snapshot());
        return cases().stream().map(hostile -> DynamicTest.dynamicTest(hostile.toString(), () -> {
            try {
                check(hostile, fixture.get());
            } finally {
                if (!TestNeo4j.snapshot().equals(fixture.get())) {
                    TestNeo4j.clean();
                    Hostile.loadFixture();
                    fixture.set(TestNeo4j.snapshot());
                }
            }
        }));
    }

    private static void check(HostileCase hostile, List<String> fixture) {
        TestApi.Response response = hostile.send();

        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        if (hostile.status() != 0) {
            assertThat(response.status()).as(response.text()).isEqualTo(hostile.status());
        }
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        for (String member : List.of("type", "title", "status", "detail", "instance")) {
            assertThat(problem.hasNonNull(member)).as("problem member " + member + " in " + response.text()).isTrue();
        }
        assertThat(problem.get("status").asInt()).isEqualTo(response.status());
        if (hostile.status() == 400) {
            assertThat(problem.path("errors")).as("a validation problem lists its fields").isNotEmpty();
        }
        if (hostile.field() != null) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
            assertThat(fields).as(response.text()).contains(hostile.field());
        }
        assertThat(TestNeo4j.snapshot()).as("the graph after " + hostile).isEqualTo(fixture);
    }
}
