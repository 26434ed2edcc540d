package dev.tsunagari.tiegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.http.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void anAnswerIsWrittenExactlyAsTheApisJacksonWritesIt() throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", "山田 花子 \"Hanako\" \\ / 😀");
        answer.put("control", "tab\there\nnew\rline\bbell\f\u0001\u001f");
        answer.put("score", 0.61);
        answer.put("whole", 1.0);
        answer.put("tiny", 1.0E-7);
        answer.put("big", 123456789.125);
        answer.put("count", 42L);
        answer.put("small", 7);
        answer.put("busy", false);
        answer.put("nothing", null);
        answer.put("tags", List.of("団地", "designer"));
        answer.put("array", new String[] {"a", "b"});
        answer.put("nested", List.of(Map.of("k", List.of()), new LinkedHashMap<>()));
        assertThat(JsonText.of(answer)).isEqualTo(Json.MAPPER.writeValueAsString(answer));
    }

    @Test
    void randomTextAndNumbersRoundTripAsJacksonWritesThem() throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xD7FF)));
            }
            List<Object> values = new ArrayList<>(Arrays.asList(text.toString(), random.nextDouble(),
                    Math.round(random.nextDouble() * 1000) / 1000.0, random.nextLong(), random.nextGaussian() * 1e-5));
            assertThat(JsonText.of(values)).isEqualTo(Json.MAPPER.writeValueAsString(values));
        }
    }
}
