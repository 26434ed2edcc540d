package dev.tsunagari.relationships;

import static dev.tsunagari.support.Network.expect;
import static dev.tsunagari.support.Network.person;
import static dev.tsunagari.support.Network.tie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "When you're stuck, ask Mayumi": she knows Haruto's circle and Sachiko's housing-estate (団地) circle, which
 * know each other only through her; Kenta she has only swapped cards with.
 */
@Neo4jTest
class ReachAndConnectorsTest {

    @BeforeEach
    void network() {
        ClockedApi.reset();
        person("mayumi", "小野 真由美", "community-organizer");
        person("haruto", "木村 陽翔", "founder");
        person("rin", "林 凛", "singer");
        person("member1", "Member One", "founder");
        person("sachiko", "石田 幸子", "community-organizer", "団地");
        person("aki", "Aki Ueda", "団地");
        person("kenta", "Kenta Aoki", "designer");
        person("yoko", "Yoko Mori", "団地");
        tie("haruto", "KNOWS", "mayumi", 0.8, "friend");
        tie("rin", "KNOWS", "mayumi", 0.7, "met");
        tie("haruto", "KNOWS", "rin", 0.6, "met");
        tie("member1", "TRUSTS", "haruto", 0.5, "met");
        tie("mayumi", "KNOWS", "sachiko", 0.6, "worked-together");
        tie("sachiko", "KNOWS", "aki", 0.9, null);
        tie("mayumi", "KNOWS", "kenta", 0.9, "card-exchange");
        tie("kenta", "KNOWS", "yoko", 0.5, "met");
    }

    @Test
    void reachCountsKindsWithinOneAndTwoUsableHops() {
        JsonNode reach = expect(ClockedApi.admin().get("/api/people/mayumi/reach"), 200);
        assertThat(reach.get("withinOneHop").asInt()).isEqualTo(3);
        assertThat(reach.get("withinTwoHops").asInt()).isEqualTo(5);
        assertThat(kinds(reach)).containsExactly("founder 1/2", "団地 1/2", "community-organizer 1/1", "singer 1/1");
        JsonNode weak = expect(ClockedApi.admin().get("/api/people/mayumi/reach?includeWeak=true"), 200);
        assertThat(kinds(weak)).containsExactly("団地 1/3", "founder 1/2", "community-organizer 1/1", "designer 1/1", "singer 1/1");
        JsonNode strong = expect(ClockedApi.admin().get("/api/people/mayumi/reach?minStrength=0.7"), 200);
        assertThat(kinds(strong)).containsExactly("founder 1/1", "singer 1/1");
    }

    @Test
    void reachNamesThePeopleForWhomThePersonIsTheOnlyBridge() {
        JsonNode reach = expect(ClockedApi.admin().get("/api/people/mayumi/reach"), 200);
        assertThat(reach.get("onlyBridgeFor").findValuesAsText("id")).containsExactly("aki", "sachiko");
        assertThat(reach.get("onlyBridgeFor").get(0).get("name").asText()).isEqualTo("Aki Ueda");
        assertThat(reach.get("onlyBridgeForCount").asInt()).isEqualTo(2);
        JsonNode weak = expect(ClockedApi.admin().get("/api/people/mayumi/reach?includeWeak=true"), 200);
        assertThat(weak.get("onlyBridgeFor").findValuesAsText("id")).containsExactly("aki", "kenta", "sachiko", "yoko");
        JsonNode haruto = expect(ClockedApi.admin().get("/api/people/haruto/reach"), 200);
        assertThat(haruto.get("onlyBridgeFor").findValuesAsText("id")).containsExactly("member1");
        assertThat(ClockedApi.admin().get("/api/people/nobody/reach").status()).isEqualTo(404);
    }

    @Test
    void connectorsForAKindComeMostReachedFirstWithTheirIndependentRoutes() {
        assertThat(connectors("/api/connectors?tag=" + TestApi.encode("団地"))).containsExactly(
                "mayumi 2/1", "aki 1/1", "haruto 1/1", "kenta 1/1", "rin 1/1", "sachiko 1/1");
        tie("haruto", "KNOWS", "aki", 0.5, "met");
        assertThat(connectors("/api/connectors?kind=" + TestApi.encode("団地") + "&limit=3")).containsExactly(
                "haruto 2/2", "mayumi 2/2", "rin 2/2");
    }

    @Test
    void connectorsPageAndRefuseAnAmbiguousKind() {
        JsonNode first = expect(ClockedApi.admin().get("/api/connectors?tag=" + TestApi.encode("団地") + "&limit=2"), 200);
        assertThat(first.get("items")).hasSize(2);
        JsonNode rest = expect(ClockedApi.admin().get("/api/connectors?tag=" + TestApi.encode("団地") + "&limit=2&cursor="
                + first.get("next").asText()), 200);
        assertThat(rest.get("items").findValuesAsText("id")).hasSize(2).doesNotContainAnyElementsOf(first.get("items").findValuesAsText("id"));
        assertThat(ClockedApi.admin().get("/api/connectors").status()).isEqualTo(400);
        assertThat(ClockedApi.admin().get("/api/connectors?kind=a&tag=b").status()).isEqualTo(400);
        assertThat(ClockedApi.admin().get("/api/connectors?kind=" + TestApi.encode("!!")).status()).isEqualTo(400);
    }

    private static List<String> kinds(JsonNode reach) {
        List<String> kinds = new ArrayList<>();
        reach.get("kinds").forEach(k -> kinds.add(k.get("kind").asText() + " " + k.get("withinOneHop").asInt() + "/"
                + k.get("withinTwoHops").asInt()));
        return kinds;
    }

    private static List<String> connectors(String path) {
        List<String> lines = new ArrayList<>();
        expect(ClockedApi.admin().get(path), 200).get("items").forEach(c -> lines.add(c.get("person").get("id").asText()
                + " " + c.get("reaches").asInt() + "/" + c.get("routes").asInt()));
        return lines;
    }
}
