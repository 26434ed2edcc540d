package dev.tsunagari.people;

import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/people?name=} for a name picker, and {@code ?id=&id=} for many names in one request. */
@Neo4jTest
class PeopleByNameAndIdsApiTest {

    @BeforeEach
    void threePeople() {
        put("/api/people/hibiki", "{\"name\": \"竹音 響 (Hibiki Takene)\", \"kana\": \"たけね ひびき\"}");
        put("/api/people/take", "{\"name\": \"Take Uchida\", \"kana\": \"うちだ たけ\"}");
        put("/api/people/lala", "{\"name\": \"歌川 ララ\", \"headline\": \"竹の音が好き\"}");
    }

    @Test
    void oneKanjiOfANameFindsThePersonWhereFullTextFindsNobody() {
        assertThat(ids(get("/api/people?q=" + TestApi.encode("竹")))).as("full text needs a word").isEmpty();
        assertThat(ids(get("/api/people?name=" + TestApi.encode("竹")))).as("a headline is not a name").containsExactly("hibiki");
        assertThat(ids(get("/api/people?name=" + TestApi.encode("たけ")))).as("kana too").containsExactly("hibiki", "take");
        assertThat(ids(get("/api/people?name=TAKE"))).as("any letter case").containsExactly("hibiki", "take");
    }

    @Test
    void manyIdsGiveTheirPeopleInOneAnswerLeavingOutUnknownAndPrivateOnes() {
        Accounts.As member = Accounts.create("Member", "member", null);
        member.send("PUT", "/api/people/secret", "{\"name\": \"秘密 さん\", \"visibility\": \"private\"}");
        Accounts.As viewer = Accounts.create("Viewer", "viewer", null);

        JsonNode answer = viewer.get("/api/people?id=lala&id=hibiki&id=nobody&id=secret&id=lala").json();
        assertThat(ids(answer)).containsExactly("hibiki", "lala");
        assertThat(answer.at("/items/0/name").asText()).isEqualTo("竹音 響 (Hibiki Takene)");
        assertThat(ids(member.get("/api/people?id=secret"))).as("whoever added a private person sees them").containsExactly("secret");
    }

    @Test
    void mixingTheFiltersOrTooManyIdsIsA400NamingTheField() {
        var both = get("/api/people?q=take&name=take");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.contentType()).startsWith("application/problem+json");
        assertThat(both.json().at("/errors/0/field").asText()).isEqualTo("name");

        StringBuilder many = new StringBuilder("/api/people?id=p0");
        for (int i = 1; i <= PeopleController.MAX_IDS; i++) {
            many.append("&id=p").append(i);
        }
        var tooMany = get(many.toString());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().at("/errors/0/field").asText()).isEqualTo("id");
        assertThat(get("/api/people?id=" + TestApi.encode("not an id")).json().at("/errors/0/field").asText()).isEqualTo("id");
    }

    private static List<String> ids(TestApi.Response response) {
        return ids(response.json());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
