package dev.tsunagari.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LDBC SNB tiny graph (222 persons, 825 KNOWS) as test data: persons with their interests as tags, and KNOWS
 * ties given a strength, context and last contact derived deterministically from the edge (so that minStrength
 * and includeWeak have something to filter). Loaded through the real API.
 */
public final class LdbcTiny {
    private static final String DIR = "datasets/ldbc-snb-tiny/";
    private static final String[] CONTEXTS = {"friend", "met", "worked-together", "online", "card-exchange", "met"};

    /** A person of the dataset. */
    public record Person(String id, String name, List<String> tags) {}

    /** A KNOWS edge with its derived attributes. */
    public record Edge(String from, String to, double strength, String context, LocalDate lastContact) {}

    public final Map<String, Person> persons;
    public final List<Edge> edges;

    private LdbcTiny(Map<String, Person> persons, List<Edge> edges) {
        this.persons = persons;
        this.edges = edges;
    }

    public static LdbcTiny read() {
        Map<String, String> tagNames = new HashMap<>();
        for (String[] row : rows("tag_0_0.csv")) {
            tagNames.put(row[0], row[1]);
        }
        Map<String, List<String>> interests = new HashMap<>();
        for (String[] row : rows("person_hasInterest_tag_0_0.csv")) {
            interests.computeIfAbsent(row[0], k -> new ArrayList<>()).add(tagNames.get(row[1]));
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        for (String[] row : rows("person_0_0.csv")) {
            persons.put(row[0], new Person(row[0], row[1] + " " + row[2], interests.getOrDefault(row[0], List.of())));
        }
        List<Edge> edges = new ArrayList<>();
        for (String[] row : rows("person_knows_person_0_0.csv")) {
            int h = Math.floorMod((row[0] + "|" + row[1]).hashCode(), 1_000_003);
            double strength = 0.1 + (h % 10) / 10.0;
            LocalDate created = Instant.ofEpochMilli(Long.parseLong(row[2])).atZone(ZoneOffset.UTC).toLocalDate();
            edges.add(new Edge(row[0], row[1], Math.round(strength * 10) / 10.0,
                    CONTEXTS[(h / 10) % CONTEXTS.length], created.plusYears(h % 15)));
        }
        return new LdbcTiny(persons, edges);
    }

    /** PUTs every person and tie through the HTTP API. */
    public LdbcTiny loadThroughApi() {
        for (Person p : persons.values()) {
            StringBuilder tags = new StringBuilder();
            for (String tag : p.tags()) {
                tags.append(tags.isEmpty() ? "" : ",").append('"').append(tag.replace("\"", "\\\"")).append('"');
            }
            TestApi.Response r = TestApi.put("/api/people/" + p.id(),
                    "{\"name\": \"" + p.name() + "\", \"tags\": [" + tags + "]}");
            assertThat(r.status()).as(r.text()).isIn(200, 201);
        }
        for (Edge e : edges) {
            TestApi.Response r = TestApi.put("/api/ties", String.format(java.util.Locale.ROOT,
                    "{\"from\": \"%s\", \"to\": \"%s\", \"type\": \"KNOWS\", \"strength\": %.1f, \"context\": \"%s\", "
                            + "\"lastContact\": \"%s\"}",
                    e.from(), e.to(), e.strength(), e.context(), e.lastContact()));
            assertThat(r.status()).as(r.text()).isIn(200, 201);
        }
        return this;
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = LdbcTiny.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\\|", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
