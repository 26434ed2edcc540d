package dev.tsunagari.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BridgesTest {

    private static Bridges of(String... pairs) {
        return new Bridges(java.util.Arrays.stream(pairs).map(p -> p.split("-")).toList());
    }

    @Test
    void peopleOnlyReachableThroughTheHubDependOnIt() {
        Bridges network = of("hub-a", "a-b", "b-c", "c-hub", "hub-x", "x-y", "hub-z");
        assertThat(network.onlyBridgeFor("hub")).containsExactly("x", "y", "z");
    }

    @Test
    void aCycleHasNoOnlyBridge() {
        assertThat(of("a-b", "b-c", "c-a").onlyBridgeFor("a")).isEmpty();
    }

    @Test
    void aLeafIsNobodysBridgeAndAnIsolatedPersonNeither() {
        Bridges network = of("a-b", "b-c");
        assertThat(network.onlyBridgeFor("c")).isEmpty();
        assertThat(network.onlyBridgeFor("b")).containsExactly("c");
        assertThat(network.onlyBridgeFor("nobody")).isEmpty();
    }

    @Test
    void betweenTwoEqualHalvesTheOneWithTheSmallestIdCountsAsTheRest() {
        assertThat(of("m-a", "a-b", "m-y", "y-z").onlyBridgeFor("m")).isEqualTo(List.of("y", "z"));
    }
}
