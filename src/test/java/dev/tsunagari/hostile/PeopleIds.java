package dev.tsunagari.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;

/** The ids on a page of people. */
final class PeopleIds {
    private PeopleIds() {}

    static List<String> of(TestApi.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
