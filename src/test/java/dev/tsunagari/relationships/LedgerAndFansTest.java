package dev.tsunagari.relationships;

import static dev.tsunagari.support.Network.expect;
import static dev.tsunagari.support.Network.interaction;
import static dev.tsunagari.support.Network.person;
import static dev.tsunagari.support.Network.tie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Being kept in mind": Haruto has two people who have cared about him for over six months. Mayumi, a local
 * community organiser, introduced him on; Rin, a singer at a live house, became a fan of his instrument.
 */
@Neo4jTest
class LedgerAndFansTest {

    @BeforeEach
    void story() {
        ClockedApi.reset();
        person("haruto", "木村 陽翔", "founder");
        person("mayumi", "小野 真由美", "community-organizer");
        person("sachiko", "石田 幸子", "団地");
        person("yoko", "Yoko Mori", "community-organizer");
        person("rin", "林 凛", "singer");
        person("kenta", "Kenta Aoki");
        tie("haruto", "KNOWS", "mayumi", 0.8, "friend");
        tie("mayumi", "KNOWS", "sachiko", 0.6, "worked-together");
        tie("mayumi", "KNOWS", "yoko", 0.6, "met");
        tie("mayumi", "TRUSTS", "haruto", 0.8, "friend", "\"since\": \"2025-12-01\"");
        tie("rin", "FAN_OF", "haruto", 0.9, "met", "\"since\": \"2026-04-15\"");
        tie("kenta", "FAN_OF", "haruto", 0.4, "online", "\"since\": \"2026-10-01\"");
        connect("haruto", "sachiko", "mayumi");
        ClockedApi.CLOCK.advance(Duration.ofDays(3));
        connect("yoko", "haruto", "mayumi");
        interaction("haruto", "mayumi", "helped", "2026-11-04");
        interaction("mayumi", "haruto", "helped", "2026-11-04");
        interaction("haruto", "mayumi", "was-helped", "2026-11-05");
    }

    @Test
    void theLedgerShowsWhoGaveMoreThanTheyGotBack() {
        JsonNode ledger = expect(ClockedApi.admin().get("/api/people/haruto/ledger"), 200);
        JsonNode mayumi = ledger.get("counterparts").get(0);
        assertThat(mayumi.get("person").get("id").asText()).isEqualTo("mayumi");
        assertThat(mayumi.get("introductionsMadeByThem").asInt()).isEqualTo(2);
        assertThat(mayumi.get("introductionsMadeForThem").asInt()).isZero();
        assertThat(mayumi.get("helpGiven").asInt()).isEqualTo(1);
        assertThat(mayumi.get("helpReceived").asInt()).isEqualTo(2);
        assertThat(mayumi.get("balance").asInt()).isEqualTo(1 - 4);
        assertThat(mayumi.get("theyGaveMore").asBoolean()).isTrue();
        assertThat(ledger.get("gaveYouMore").findValuesAsText("id")).containsExactly("mayumi");
        assertThat(ledger.get("counterparts")).as("sachiko and yoko met haruto, but made nothing for him").hasSize(1);

        JsonNode hers = expect(ClockedApi.admin().get("/api/people/mayumi/ledger"), 200);
        assertThat(hers.get("given").asInt()).isEqualTo(2 + 2 + 2);
        assertThat(hers.get("received").asInt()).isEqualTo(1);
        assertThat(hers.get("gaveYouMore")).isEmpty();
        assertThat(hers.get("counterparts").findValuesAsText("id")).containsExactly("sachiko", "yoko", "haruto");
    }

    @Test
    void theFanClubMarksThoseWhoHaveCaredForSixMonthsOrMore() {
        JsonNode fans = expect(ClockedApi.admin().get("/api/people/haruto/fans"), 200).get("items");
        List<String> lines = new ArrayList<>();
        fans.forEach(f -> lines.add(f.get("person").get("id").asText() + " " + f.get("reasons") + " since "
                + f.get("since").asText() + " x" + f.get("introductions").asInt() + (f.get("sixMonthsOrMore").asBoolean() ? " ★" : "")));
        assertThat(lines).containsExactly(
                "mayumi [\"TRUSTS\",\"introduced\"] since 2025-12-01 x2 ★",
                "rin [\"FAN_OF\"] since 2026-04-15 x0 ★",
                "kenta [\"FAN_OF\"] since 2026-10-01 x0");
        assertThat(expect(ClockedApi.admin().get("/api/people/sachiko/fans"), 200).get("items"))
                .as("one introduction is kind, two make a fan").isEmpty();
    }

    @Test
    void introducingSomeoneTwiceMakesAFanFromTheFirstConnection() {
        JsonNode yokoFans = expect(ClockedApi.admin().get("/api/people/yoko/fans"), 200).get("items");
        assertThat(yokoFans).isEmpty();
        tie("rin", "KNOWS", "mayumi", 0.7, "met");
        connect("rin", "yoko", "mayumi");
        JsonNode fan = expect(ClockedApi.admin().get("/api/people/yoko/fans"), 200).get("items").get(0);
        assertThat(fan.get("reasons").get(0).asText()).isEqualTo("introduced");
        assertThat(fan.get("since").asText()).isEqualTo("2026-11-05");
        assertThat(fan.get("sixMonthsOrMore").asBoolean()).isFalse();
        ClockedApi.CLOCK.advance(Duration.ofDays(200));
        assertThat(expect(ClockedApi.admin().get("/api/people/yoko/fans"), 200).get("items").get(0).get("sixMonthsOrMore")
                .asBoolean()).isTrue();
    }

    @Test
    void unknownPeopleAreNotFound() {
        assertThat(ClockedApi.admin().get("/api/people/nobody/ledger").status()).isEqualTo(404);
        assertThat(ClockedApi.admin().get("/api/people/nobody/fans").status()).isEqualTo(404);
    }

    static void connect(String requester, String target, String via) {
        String id = expect(ClockedApi.admin().post("/api/introductions", "{\"requester\": \"" + requester
                + "\", \"target\": \"" + target + "\", \"via\": \"" + via + "\"}"), 201).get("id").asText();
        for (String move : List.of("agree", "accept", "connect")) {
            expect(ClockedApi.admin().post("/api/introductions/" + id + "/" + move, null), 200);
        }
    }
}
