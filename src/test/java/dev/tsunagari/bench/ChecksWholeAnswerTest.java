package dev.tsunagari.bench;

import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's answer check leaves no question uncompared: an answer REST cut at its cap of 1000 is recognised
 * as cut, and the service's whole answer comes from the route's own statement through the driver.
 */
@Neo4jTest
class ChecksWholeAnswerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TARGETS = 1001;
    private static final String TAG = "whole-answer kind";

    @Test
    void anAnswerCutAtRestsCapIsComparedWholeFromTheProcedure() throws Exception {
        person("wa-asker", List.of());
        person("wa-bridge", List.of());
        tie("wa-asker", "wa-bridge");
        for (int i = 0; i < TARGETS; i++) {
            person("wa-target-" + i, List.of(TAG));
            tie("wa-bridge", "wa-target-" + i);
        }
        TestApi.Response rest = get(Scenarios.intermediariesUrl(new String[] {"wa-asker", TAG}, 1, 1000, 1000));
        assertThat(rest.status()).as(rest.text()).isEqualTo(200);
        Map<String, Object> cut = JSON.readValue(rest.text(), new TypeReference<Map<String, Object>>() {});
        assertThat(Checks.cutByRestCap(cut)).isTrue();
        assertThat(Checks.pairs(cut)).hasSize(1000);

        Map<String, Object> whole = Checks.whole(TestNeo4j.graph(), new CypherFiles(), "wa-asker", TAG, 1);
        assertThat(Checks.cutByRestCap(whole)).isTrue();
        Set<String> pairs = Checks.pairs(whole);
        assertThat(pairs).hasSize(TARGETS).contains("wa-bridge>wa-target-0", "wa-bridge>wa-target-1000");
    }

    @Test
    void anAnswerThatSaysItIsNotCompleteHasNoPairsToCompare() {
        assertThat(Checks.pairs(Map.of("complete", false, "intermediaries", List.of()))).isNull();
        assertThat(Checks.pairs(Map.of("complete", true, "intermediaries", List.of()))).isEmpty();
    }

    private static void person(String id, List<String> tags) throws InterruptedException {
        String tagList = tags.isEmpty() ? "" : "\"" + String.join("\", \"", tags) + "\"";
        write("/api/people/" + id, "{\"name\": \"" + id + "\", \"tags\": [" + tagList + "]}");
    }

    private static void tie(String from, String to) throws InterruptedException {
        write("/api/ties", "{\"from\": \"" + from + "\", \"to\": \"" + to
                + "\", \"type\": \"KNOWS\", \"strength\": 0.8, \"context\": \"friend\"}");
    }

    /**
     * A PUT of the set-up, again after a 503: on a starved machine the service may find Neo4j slow to answer its
     * probe and refuse calls for a moment (Retry-After), which is not what this test is about.
     */
    private static void write(String path, String body) throws InterruptedException {
        TestApi.Response r = put(path, body);
        for (int attempt = 1; r.status() == 503 && attempt <= 10; attempt++) {
            Thread.sleep(1000);
            r = put(path, body);
        }
        assertThat(r.status()).as(r.text()).isIn(200, 201);
    }
}
