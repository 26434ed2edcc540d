package dev.tsunagari.tiegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BridgesTest {
    private final List<Integer> layersAsked = new ArrayList<>();

    /** In-memory neighbours over "a-b" pairs, leaving out {@code center}, counting the layers asked for. */
    private Bridges.Neighbours network(String center, String... pairs) {
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (String pair : pairs) {
            String[] ends = pair.split("-");
            adjacent.computeIfAbsent(ends[0], k -> new HashSet<>()).add(ends[1]);
            adjacent.computeIfAbsent(ends[1], k -> new HashSet<>()).add(ends[0]);
        }
        return frontier -> {
            layersAsked.add(frontier.size());
            Set<String> next = new HashSet<>();
            frontier.forEach(id -> next.addAll(adjacent.getOrDefault(id, Set.of())));
            next.remove(center);
            return next;
        };
    }

    private List<String> onlyBridgeFor(String center, String... pairs) {
        return Bridges.onlyBridgeFor(center, network(center, pairs));
    }

    @Test
    void peopleOnlyReachableThroughTheHubDependOnIt() {
        assertThat(onlyBridgeFor("hub", "hub-a", "a-b", "b-c", "c-hub", "hub-x", "x-y", "hub-z")).containsExactly("x", "y", "z");
    }

    @Test
    void aCycleHasNoOnlyBridge() {
        assertThat(onlyBridgeFor("a", "a-b", "b-c", "c-a")).isEmpty();
    }

    @Test
    void aLeafIsNobodysBridgeAndAnIsolatedPersonNeither() {
        assertThat(onlyBridgeFor("c", "a-b", "b-c")).isEmpty();
        assertThat(onlyBridgeFor("b", "a-b", "b-c")).containsExactly("c");
        assertThat(onlyBridgeFor("nobody", "a-b")).isEmpty();
    }

    @Test
    void betweenTwoEqualHalvesTheOneWithTheSmallestIdCountsAsTheRest() {
        assertThat(onlyBridgeFor("m", "m-a", "a-b", "m-y", "y-z")).containsExactly("y", "z");
    }

    @Test
    void theLargePieceIsNotWalkedToItsEnd() {
        List<String> pairs = new ArrayList<>(List.of("hub-leaf", "hub-n0"));
        for (int i = 0; i < 1000; i++) {
            pairs.add("n" + i + "-n" + (i + 1));
        }
        assertThat(onlyBridgeFor("hub", pairs.toArray(String[]::new))).containsExactly("leaf");
        assertThat(layersAsked).as("layers explored, not a thousand").hasSizeLessThan(6);
    }
}
