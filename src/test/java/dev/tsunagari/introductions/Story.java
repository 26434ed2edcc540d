package dev.tsunagari.introductions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestApi;

/**
 * The people of the tests, from the product story (all fictional): Haruto plays bamboo percussion for people to
 * relax to and would like to meet Sachiko, who organises a housing-estate (団地) community; Mayumi, a local
 * community organiser, knows both. Kenta only swapped business cards with Mayumi.
 */
final class Story {
    static final String HARUTO = "haruto";
    static final String MAYUMI = "mayumi";
    static final String SACHIKO = "sachiko";
    static final String KENTA = "kenta";

    private Story() {}

    static void people() {
        person(HARUTO, "木村 陽翔", "founder", "bamboo-percussion");
        person(MAYUMI, "小野 真由美", "community-organizer");
        person(SACHIKO, "石田 幸子", "community-organizer", "団地");
        person(KENTA, "Kenta Aoki", "designer");
        tie(HARUTO, "KNOWS", MAYUMI, 0.8, "friend");
        tie(MAYUMI, "KNOWS", SACHIKO, 0.6, "worked-together");
        tie(MAYUMI, "KNOWS", KENTA, 0.9, "card-exchange");
    }

    static void person(String id, String name, String... tags) {
        Network.person(id, name, tags);
    }

    static void tie(String from, String type, String to, double strength, String context) {
        Network.tie(from, type, to, strength, context);
    }

    static String askBody(String requester, String target, String via, String mode) {
        return "{\"requester\": \"" + requester + "\", \"target\": \"" + target + "\", \"via\": \"" + via
                + "\", \"mode\": \"" + mode + "\", \"message\": \"団地で演奏させていただけないでしょうか\"}";
    }

    /** Haruto asks Mayumi to introduce him to Sachiko; returns the introduction's id. */
    static String ask() {
        return ask(HARUTO, SACHIKO, MAYUMI);
    }

    static String ask(String requester, String target, String via) {
        return expect(ClockedApi.as(requester).post("/api/introductions", askBody(requester, target, via, "light")), 201)
                .get("id").asText();
    }

    static JsonNode move(String id, String action, String actor) {
        return expect(ClockedApi.as(actor).post("/api/introductions/" + id + "/" + action, null), 200);
    }

    static JsonNode expect(TestApi.Response response, int status) {
        return Network.expect(response, status);
    }
}
