package dev.tsunagari.relationships;

import static dev.tsunagari.support.Network.expect;
import static dev.tsunagari.support.Network.interaction;
import static dev.tsunagari.support.Network.person;
import static dev.tsunagari.support.Network.tie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class KeepInTouchTest {

    /** Today is 2026-11-02 on the test clock. */
    @BeforeEach
    void network() {
        ClockedApi.reset();
        for (String id : List.of("haruto", "mayumi", "sachiko", "rin", "kenta", "yoko", "aki")) {
            person(id, id.substring(0, 1).toUpperCase() + id.substring(1));
        }
        tie("haruto", "KNOWS", "mayumi", 0.8, "friend", "\"lastContact\": \"2026-06-01\"");
        tie("sachiko", "KNOWS", "haruto", 0.9, "met", "\"lastContact\": \"2026-10-01\"");
        tie("haruto", "KNOWS", "rin", 0.7, "met");
        tie("haruto", "KNOWS", "kenta", 0.5, "met", "\"lastContact\": \"2025-01-01\"");
        tie("haruto", "KNOWS", "yoko", 0.9, "card-exchange", "\"lastContact\": \"2025-01-01\"");
        tie("haruto", "TRUSTS", "aki", 1.0, "worked-together", "\"lastContact\": \"2026-08-04\"");
    }

    @Test
    void strongTiesGoneQuietComeMostValuableAndMostOverdueFirst() {
        assertThat(lines("/api/people/haruto/keep-in-touch?quietDays=90")).containsExactly(
                "rin 0.7 never 2.8",
                "mayumi 0.8 154d 1.369",
                "aki 1.0 90d 1.0");
    }

    @Test
    void anInteractionTakesSomeoneOffTheList() {
        interaction("haruto", "rin", "met", "2026-11-01");
        assertThat(lines("/api/people/haruto/keep-in-touch")).containsExactly("mayumi 0.8 154d 1.369", "aki 1.0 90d 1.0");
    }

    @Test
    void quietDaysAndMinStrengthWidenOrNarrowTheList() {
        assertThat(lines("/api/people/haruto/keep-in-touch?quietDays=30")).containsExactly(
                "mayumi 0.8 154d 3.2", "aki 1.0 90d 3.0", "rin 0.7 never 2.8", "sachiko 0.9 32d 0.96");
        assertThat(lines("/api/people/haruto/keep-in-touch?quietDays=90&minStrength=0.5")).contains("kenta 0.5 670d 2.0");
        assertThat(lines("/api/people/haruto/keep-in-touch?minStrength=0")).noneMatch(l -> l.startsWith("yoko"));
        var bad = ClockedApi.admin().get("/api/people/haruto/keep-in-touch?quietDays=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("quietDays");
        assertThat(ClockedApi.admin().get("/api/people/nobody/keep-in-touch").status()).isEqualTo(404);
    }

    private static List<String> lines(String path) {
        JsonNode items = expect(ClockedApi.admin().get(path), 200).get("items");
        List<String> lines = new ArrayList<>();
        items.forEach(t -> lines.add(t.get("person").get("id").asText() + " " + t.get("strength").asDouble() + " "
                + (t.has("daysQuiet") ? t.get("daysQuiet").asInt() + "d" : "never") + " " + t.get("priority").asDouble()));
        return lines;
    }
}
