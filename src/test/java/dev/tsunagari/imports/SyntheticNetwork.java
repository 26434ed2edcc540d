package dev.tsunagari.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Writes a large fictional network, the same for the same seed, in our JSON format or as the two CSV files: people
 * {@code p000001}… with Japanese and English names, and distinct ties between random pairs (70% KNOWS, 20%
 * TRUSTS, 10% FAN_OF). Big inputs are generated, never committed.
 */
public final class SyntheticNetwork {
    private static final String[] FAMILY = {"山田", "佐藤", "田中", "Example", "森", "星野", "Sample"};
    private static final String[] GIVEN = {"花子", "健", "愛子", "Aiko", "Ken", "美香", "Rin"};
    private static final String[] CONTEXTS = {"met", "online", "worked-together", "friend", "card-exchange"};
    private static final String[] TYPES = {"KNOWS", "KNOWS", "KNOWS", "KNOWS", "KNOWS", "KNOWS", "KNOWS", "TRUSTS", "TRUSTS", "FAN_OF"};
    private final int people;
    private final int ties;
    private final long seed;

    public SyntheticNetwork(int people, int ties, long seed) {
        this.people = people;
        this.ties = ties;
        this.seed = seed;
    }

    public void writeJson(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"schemaVersion\":1,\n\"people\":[");
            for (int i = 1; i <= people; i++) {
                String[] p = person(i);
                out.write((i == 1 ? "\n" : ",\n") + "{\"id\":\"" + p[0] + "\",\"name\":\"" + p[1] + "\",\"tags\":[\"" + p[2] + "\"]}");
            }
            out.write("\n],\n\"ties\":[");
            Random random = new Random(seed);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < ties; i++) {
                String[] t = tie(random, seen);
                out.write((i == 0 ? "\n" : ",\n") + "{\"from\":\"" + t[0] + "\",\"to\":\"" + t[1] + "\",\"type\":\"" + t[2]
                        + "\",\"strength\":" + t[3] + ",\"context\":\"" + t[4] + "\",\"since\":\"" + t[5] + "\"}");
            }
            out.write("\n],\n\"introductions\":[],\n\"interactions\":[]}\n");
        }
    }

    public void writeCsv(Path peopleFile, Path tiesFile) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(peopleFile, StandardCharsets.UTF_8)) {
            out.write("id,name,tags\r\n");
            for (int i = 1; i <= people; i++) {
                String[] p = person(i);
                out.write(p[0] + "," + p[1] + "," + p[2] + "\r\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(tiesFile, StandardCharsets.UTF_8)) {
            out.write("from,to,type,strength,context,since\r\n");
            Random random = new Random(seed);
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < ties; i++) {
                out.write(String.join(",", tie(random, seen)) + "\r\n");
            }
        }
    }

    private String[] person(int i) {
        String id = String.format("p%07d", i);
        return new String[] {id, FAMILY[i % FAMILY.length] + " " + GIVEN[(i / 7) % GIVEN.length] + " " + i,
                "kind-" + (i % 50)};
    }

    /** A tie between two different people that the network does not hold yet (KNOWS counts both ways). */
    private String[] tie(Random random, Set<Long> seen) {
        while (true) {
            int a = 1 + random.nextInt(people);
            int b = 1 + random.nextInt(people);
            String type = TYPES[random.nextInt(TYPES.length)];
            int low = type.equals("KNOWS") ? Math.min(a, b) : a;
            int high = type.equals("KNOWS") ? Math.max(a, b) : b;
            long key = ((long) low * (people + 1) + high) * 3 + (type.equals("KNOWS") ? 0 : type.equals("TRUSTS") ? 1 : 2);
            if (a == b || !seen.add(key)) {
                continue;
            }
            String strength = String.valueOf((1 + random.nextInt(10)) / 10.0);
            String since = String.format("20%02d-%02d-%02d", 10 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
            return new String[] {String.format("p%07d", a), String.format("p%07d", b), type, strength,
                    CONTEXTS[random.nextInt(CONTEXTS.length)], since};
        }
    }
}
