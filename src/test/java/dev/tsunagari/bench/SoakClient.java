package dev.tsunagari.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One client of the soak: a seeded mix of reads (intermediaries maxHops 1 and 2, paths, search) and writes (PUT
 * person, PUT tie, DELETE tie, POST interaction, DELETE person) over HTTP, each with the statuses it may answer.
 * The client's own people ({@code soak-CLIENT-N}) and the ties from them are its alone, so a DELETE of one of its
 * live ties must answer 204: any other 4xx, and every status of 500 or more, is an error.
 */
final class SoakClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TYPES = {"KNOWS", "KNOWS", "KNOWS", "TRUSTS", "FAN_OF"};
    private static final String[] CONTEXTS = {"friend", "met", "worked-together", "online", "card-exchange",
        "family", "introduced", "other"};
    private static final String[] INTERACTIONS = {"met", "call", "message", "helped", "was-helped"};
    private static final Set<Integer> OK = Set.of(200);
    private static final Set<Integer> CREATED_OR_REPLACED = Set.of(200, 201);
    private static final Set<Integer> CREATED = Set.of(201);
    private static final Set<Integer> DELETED = Set.of(204);

    private final int client;
    private final HttpLoad http;
    private final Scenarios reads;
    private final CommunityGraph community;
    private final SoakTally tally;
    private final SplittableRandom random;
    private final List<String> people = new ArrayList<>();
    private final List<String> ties = new ArrayList<>();
    private int made;

    SoakClient(int client, HttpLoad http, Scenarios reads, CommunityGraph community, long seed, SoakTally tally) {
        this.client = client;
        this.http = http;
        this.reads = reads;
        this.community = community;
        this.tally = tally;
        this.random = new SplittableRandom(seed * 31 + client);
    }

    /** Operations until the deadline ({@link System#nanoTime()}). */
    void runUntil(long deadline) throws Exception {
        while (System.nanoTime() < deadline) {
            next();
        }
    }

    private void next() throws Exception {
        double roll = random.nextDouble();
        int pick = random.nextInt(reads.asks.size());
        if (roll < 0.15) {
            read("intermediaries maxHops 1", Scenarios.intermediariesUrl(reads.asks.get(pick), 1, 20, 5));
        } else if (roll < 0.30) {
            read("intermediaries maxHops 2", Scenarios.intermediariesUrl(reads.asks.get(pick), 2, 20, 5));
        } else if (roll < 0.45) {
            read("paths", Scenarios.pathsUrl(reads.pairs.get(pick), 5));
        } else if (roll < 0.60) {
            read("search", Scenarios.searchUrl(reads.searches.get(pick)));
        } else if (roll < 0.68 || people.isEmpty()) {
            putPerson();
        } else if (roll < 0.80) {
            putOwnTie();
        } else if (roll < 0.86) {
            deleteOwnTie();
        } else if (roll < 0.91) {
            putTieBetweenOthers();
        } else if (roll < 0.98) {
            postInteraction();
        } else {
            deleteOwnPerson();
        }
    }

    private void read(String op, String url) {
        long t0 = System.nanoTime();
        HttpLoad.Answer answer = http.get(url);
        tally.record(op, "GET " + url, OK, answer, System.nanoTime() - t0);
    }

    private void write(String op, String method, String url, Object body, Set<Integer> expected) throws Exception {
        long t0 = System.nanoTime();
        HttpLoad.Answer answer = http.send(method, url, body == null ? null : JSON.writeValueAsString(body));
        tally.record(op, method + " " + url, expected, answer, System.nanoTime() - t0);
    }

    /** A new person of this client's (half of them with a Japanese name), or one of its own replaced. */
    private void putPerson() throws Exception {
        boolean replace = !people.isEmpty() && random.nextInt(4) == 0;
        String id = replace ? people.get(random.nextInt(people.size())) : "soak-" + client + "-" + made++;
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", random.nextBoolean() ? "ソーク 花子 " + made : "Soak Person " + made);
        person.put("tags", List.of(community.kinds.draw(random), community.kinds.draw(random)));
        write("PUT person", "PUT", "/api/people/" + id, person, CREATED_OR_REPLACED);
        if (!replace) {
            people.add(id);
        }
    }

    /** A tie from one of this client's people to someone of the generated community (a new one, or updated). */
    private void putOwnTie() throws Exception {
        String from = people.get(random.nextInt(people.size()));
        String type = TYPES[random.nextInt(TYPES.length)];
        String to = someone();
        write("PUT tie", "PUT", "/api/ties", tie(from, type, to), CREATED_OR_REPLACED);
        String key = from + "/" + type + "/" + to;
        if (!ties.contains(key)) {
            ties.add(key);
        }
    }

    private void deleteOwnTie() throws Exception {
        if (ties.isEmpty()) {
            putOwnTie();
            return;
        }
        String key = ties.remove(random.nextInt(ties.size()));
        write("DELETE tie", "DELETE", "/api/ties/" + key, null, DELETED);
    }

    /** A tie between two people of the generated community: one of theirs updated, or a new one (never deleted). */
    private void putTieBetweenOthers() throws Exception {
        String from = someone();
        String to = someone();
        if (from.equals(to)) {
            return;
        }
        write("PUT tie", "PUT", "/api/ties", tie(from, TYPES[random.nextInt(TYPES.length)], to), CREATED_OR_REPLACED);
    }

    /** Two people of the community met: the ties between them, if any, move their last contact forward. */
    private void postInteraction() throws Exception {
        String by = someone();
        String with = someone();
        if (by.equals(with)) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("with", with);
        body.put("at", LocalDate.now().minusDays(random.nextInt(30)).toString());
        body.put("kind", INTERACTIONS[random.nextInt(INTERACTIONS.length)]);
        body.put("note", random.nextBoolean() ? "駅前で偶然会った" : "caught up over coffee");
        write("POST interaction", "POST", "/api/people/" + by + "/interactions", body, CREATED);
    }

    /** One of this client's people goes, with every tie that names them. */
    private void deleteOwnPerson() throws Exception {
        String id = people.remove(random.nextInt(people.size()));
        ties.removeIf(key -> key.startsWith(id + "/"));
        write("DELETE person", "DELETE", "/api/people/" + id, null, DELETED);
    }

    private String someone() {
        return CommunityGraph.id(random.nextInt(community.size));
    }

    private Map<String, Object> tie(String from, String type, String to) {
        Map<String, Object> tie = new LinkedHashMap<>();
        tie.put("from", from);
        tie.put("to", to);
        tie.put("type", type);
        tie.put("strength", Math.round(random.nextDouble() * 100) / 100.0);
        tie.put("context", CONTEXTS[random.nextInt(CONTEXTS.length)]);
        tie.put("lastContact", LocalDate.now().minusDays(random.nextInt(400)).toString());
        return tie;
    }
}
