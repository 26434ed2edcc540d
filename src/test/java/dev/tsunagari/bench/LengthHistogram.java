package dev.tsunagari.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of the {@code length} of paths answers, to show how many pairs had no path or the same person. */
final class LengthHistogram {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<Integer, Integer> counts = new TreeMap<>();

    synchronized void add(String body) {
        try {
            counts.merge(JSON.readTree(body).get("length").asInt(), 1, Integer::sum);
        } catch (IOException e) {
            counts.merge(Integer.MIN_VALUE, 1, Integer::sum);
        }
    }

    @Override
    public synchronized String toString() {
        List<String> parts = new ArrayList<>();
        counts.forEach((length, n) -> parts.add("length " + length + ": " + n));
        return String.join(", ", parts);
    }
}
