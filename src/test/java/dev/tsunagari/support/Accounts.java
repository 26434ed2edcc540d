package dev.tsunagari.support;

/** Accounts made through the API by the bootstrap admin, for tests that act as a member or a viewer. */
public final class Accounts {
    private Accounts() {}

    /** One signed-in account: its id and its token, with requests sent as it. */
    public record As(String id, String token) {
        public TestApi.Response send(String method, String path, String body) {
            return TestApi.send(method, path, body, token);
        }

        public TestApi.Response get(String path) {
            return send("GET", path, null);
        }
    }

    /** Creates an account ({@code person} may be null) and returns its id and token. */
    public static As create(String name, String role, String person) {
        String body = "{\"name\": \"" + name + "\", \"role\": \"" + role + "\""
                + (person == null ? "" : ", \"person\": \"" + person + "\"") + "}";
        var created = Network.expect(TestApi.post("/api/accounts", body), 201);
        return new As(created.get("id").asText(), created.get("token").asText());
    }
}
