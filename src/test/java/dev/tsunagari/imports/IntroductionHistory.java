package dev.tsunagari.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;

/**
 * A small network with a real introduction history, built through the API as people would (all fictional):
 * Haruto was introduced to Sachiko by Mayumi and they met; Kenta's ask to meet Sachiko was declined by Mayumi;
 * Emma's ask to meet Kenta through Mayumi is still waiting. Interactions in Japanese and English, one of them
 * moving a tie's lastContact, so that a restore which replayed it would show.
 */
public final class IntroductionHistory {
    static final List<String> PEOPLE = List.of("haruto", "mayumi", "sachiko", "kenta", "emma");

    private IntroductionHistory() {}

    public static void build() {
        ClockedApi.reset();
        Network.person("haruto", "木村 陽翔", "bamboo-percussion");
        Network.person("mayumi", "小野 真由美", "community-organizer");
        Network.person("sachiko", "石田 幸子", "団地");
        Network.person("kenta", "Kenta Aoki", "designer");
        Network.person("emma", "Emma Lindqvist", "sound-artist");
        Network.tie("haruto", "KNOWS", "mayumi", 0.8, "friend");
        Network.tie("mayumi", "KNOWS", "sachiko", 0.6, "worked-together");
        Network.tie("mayumi", "KNOWS", "kenta", 0.7, "friend");
        Network.tie("mayumi", "KNOWS", "emma", 0.5, "worked-together");

        String met = ask("haruto", "sachiko", "mayumi", "団地で演奏させていただけないでしょうか");
        move(met, "agree", "mayumi", null);
        move(met, "accept", "sachiko", "ぜひお願いします");
        move(met, "connect", "mayumi", null);
        move(met, "outcome", "haruto", "{\"outcome\": \"met\", \"at\": \"2026-11-02\", \"note\": \"団地の夏祭りで演奏することに\"}");
        String declined = ask("kenta", "sachiko", "mayumi", "Could you introduce me to Sachiko about a poster?");
        move(declined, "decline", "mayumi", "今は紹介できる時期ではありません");
        expect(ClockedApi.as("emma").header("Idempotency-Key", "emma-asks-kenta-1").post("/api/introductions",
                body("emma", "kenta", "mayumi", "I'd love to talk to Kenta about album artwork.")), 201);

        interaction("haruto", "mayumi", "met", "2026-10-20", "お茶をしながら団地の話を聞いた");
        interaction("mayumi", "sachiko", "helped", "2026-10-25", null);
        interaction("emma", "mayumi", "call", "2026-10-30", "Talked about the concert series.");
    }

    /** Every introduction (admin's list) and each person's interactions, as the API returns them. */
    public static List<String> readBack() {
        List<String> seen = new ArrayList<>();
        seen.add(expect(ClockedApi.admin().get("/api/introductions?limit=100")).text());
        for (String person : PEOPLE) {
            seen.add(expect(ClockedApi.admin().get("/api/people/" + person + "/interactions?limit=100")).text());
        }
        return seen;
    }

    /** The lines of a snapshot about introductions, their history and interactions. */
    public static List<String> historyLines(List<String> snapshot) {
        return snapshot.stream().filter(line -> line.matches("(node .*:(Introduction|Event|Interaction)"
                + "|rel .* (REQUESTER|TARGET|VIA|HAS_EVENT|BY|WITH) ).*")).toList();
    }

    private static String ask(String requester, String target, String via, String message) {
        return expect(ClockedApi.as(requester).post("/api/introductions", body(requester, target, via, message)), 201)
                .json().get("id").asText();
    }

    private static String body(String requester, String target, String via, String message) {
        return "{\"requester\": \"" + requester + "\", \"target\": \"" + target + "\", \"via\": \"" + via
                + "\", \"mode\": \"light\", \"message\": \"" + message + "\"}";
    }

    private static void move(String id, String action, String actor, String noteOrBody) {
        String body = noteOrBody == null ? null
                : noteOrBody.startsWith("{") ? noteOrBody : "{\"note\": \"" + noteOrBody + "\"}";
        expect(ClockedApi.as(actor).post("/api/introductions/" + id + "/" + action, body), 200);
        ClockedApi.CLOCK.advance(java.time.Duration.ofHours(1));
    }

    private static void interaction(String by, String with, String kind, String at, String note) {
        expect(ClockedApi.admin().post("/api/people/" + by + "/interactions", "{\"with\": \"" + with
                + "\", \"kind\": \"" + kind + "\", \"at\": \"" + at + "\""
                + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}"), 201);
    }

    private static TestApi.Response expect(TestApi.Response response) {
        return expect(response, 200);
    }

    private static TestApi.Response expect(TestApi.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response;
    }
}
