package dev.tsunagari.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Builds a test network through the real API (as the admin, on {@link ClockedApi}). */
public final class Network {
    private Network() {}

    public static void person(String id, String name, String... tags) {
        String tagList = tags.length == 0 ? "[]" : "[\"" + String.join("\", \"", tags) + "\"]";
        expect(ClockedApi.admin().put("/api/people/" + id, "{\"name\": \"" + name + "\", \"tags\": " + tagList + "}"), 201);
    }

    /** A tie; {@code context} may be null; {@code extra} is more JSON members, e.g. {@code "since": "2025-04-01"}. */
    public static void tie(String from, String type, String to, double strength, String context, String... extra) {
        String body = "{\"from\": \"" + from + "\", \"type\": \"" + type + "\", \"to\": \"" + to + "\", \"strength\": "
                + strength + (context == null ? "" : ", \"context\": \"" + context + "\"")
                + (extra.length == 0 ? "" : ", " + String.join(", ", extra)) + "}";
        var response = ClockedApi.admin().put("/api/ties", body);
        assertThat(response.status()).as(response.text()).isIn(200, 201);
    }

    /** Logs an interaction of {@code by} with {@code with} on a date. */
    public static void interaction(String by, String with, String kind, String at) {
        expect(ClockedApi.admin().post("/api/people/" + by + "/interactions",
                "{\"with\": \"" + with + "\", \"kind\": \"" + kind + "\", \"at\": \"" + at + "\"}"), 201);
    }

    public static JsonNode expect(TestApi.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response.json();
    }
}
