package dev.tsunagari.procedures;

import static dev.tsunagari.support.TestApi.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * REST caps {@code limit} and {@code targetsLimit} at 1000; a caller of {@code tsunagari.intermediaries} itself
 * (the benchmark, comparing whole answers: ChecksWholeAnswerTest) may ask for up to 1,000,000, and no more.
 */
@Neo4jTest
class IntermediariesLimitsTest {
    private static final CypherFiles FILES = new CypherFiles();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAG = "上限テスト";

    @Test
    void theProcedureRefusesATargetsLimitAboveAMillion() {
        assertThatThrownBy(() -> ask(Map.of("targetsLimit", 1_000_001)))
                .hasMessageContaining("targetsLimit").hasMessageContaining("1000000");
    }

    @Test
    void restStillRefusesATargetsLimitAboveAThousandNamingTheField() {
        TestApi.Response r = get("/api/intermediaries?from=cap-asker&tag="
                + URLEncoder.encode(TAG, StandardCharsets.UTF_8) + "&targetsLimit=1001");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text()).contains("targetsLimit");
    }

    private static Map<String, Object> ask(Map<String, Object> limits) {
        Map<String, Object> options = new HashMap<>(limits);
        options.put("tags", List.of(TAG));
        options.put("maxHops", 1);
        options.put("caller", Map.of("seesAll", true));
        Map<String, Object> params = Map.of("from", "cap-asker", "options", options);
        String json = TestNeo4j.graph().read(tx -> Graph.run(tx, FILES.get("finder/intermediaries"), params).single()
                .get("json").asString());
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new AssertionError("the procedure's answer is not JSON: " + json, e);
        }
    }
}
