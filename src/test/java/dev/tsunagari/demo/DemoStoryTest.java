package dev.tsunagari.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.people.PersonInput;
import dev.tsunagari.ties.TieInput;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's walk-through asks the demo a few questions; these tests pin the shape of the file that makes the
 * answers interesting, so an edit of the file cannot quietly turn an example into an empty result. Distances are
 * counted over usable hops as the REST contract defines them: KNOWS or TRUSTS, not only a card exchange.
 */
class DemoStoryTest {
    private static final DemoNetwork.Network FILE = DemoNetwork.read();
    private static final Map<String, Set<String>> HOPS = usableHops(FILE.ties());

    @Test
    void theGraphicDesignerIsOneIntermediaryAwayButNotADirectContact() {
        assertThat(withTag("グラフィックデザイナー")).contains("kanade");
        assertThat(distance("me", "kanade")).contains(2);
    }

    @Test
    void webDesignersAreReachableOnlyThroughOthersAndOneOnlyByCardExchange() {
        assertThat(withTag("web-designer")).contains("penny", "amino", "meishiya");
        assertThat(distance("me", "penny")).contains(2);
        assertThat(distance("me", "amino")).contains(3);
        assertThat(hasTie("me", "meishiya", "card-exchange")).isTrue();
        assertThat(distance("me", "meishiya")).as("card exchange alone carries no introduction").isEmpty();
    }

    @Test
    void housingEstateOrganisersSitAtOneTwoAndThreeHops() {
        assertThat(withTag("団地")).contains("sakura", "midori", "hagu");
        assertThat(distance("me", "sakura")).contains(1);
        assertThat(distance("me", "midori")).contains(2);
        assertThat(distance("me", "hagu")).contains(3);
    }

    @Test
    void theSingerAndTheTaxAccountantAreThreeHopsApart() {
        assertThat(withTag("税理士")).contains("zeita");
        assertThat(distance("lala", "zeita")).contains(3);
    }

    @Test
    void theSingerIsAFanAndTheOrganiserTrustsTheFounder() {
        assertThat(FILE.ties()).anyMatch(t -> t.from().equals("lala") && t.to().equals("me") && t.type().equals("FAN_OF"));
        assertThat(FILE.ties()).anyMatch(t -> t.from().equals("matome") && t.to().equals("me") && t.type().equals("TRUSTS"));
    }

    private static Optional<Integer> distance(String from, String to) {
        Map<String, Integer> seen = new HashMap<>(Map.of(from, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String u = queue.poll();
            for (String v : HOPS.getOrDefault(u, Set.of())) {
                if (seen.putIfAbsent(v, seen.get(u) + 1) == null) {
                    queue.add(v);
                }
            }
        }
        return Optional.ofNullable(seen.get(to));
    }

    private static Map<String, Set<String>> usableHops(List<TieInput> ties) {
        Map<String, Set<String>> hops = new HashMap<>();
        for (TieInput t : ties) {
            if (!t.type().equals("FAN_OF") && !"card-exchange".equals(t.context())) {
                hops.computeIfAbsent(t.from(), k -> new HashSet<>()).add(t.to());
                hops.computeIfAbsent(t.to(), k -> new HashSet<>()).add(t.from());
            }
        }
        return hops;
    }

    private static List<String> withTag(String tag) {
        return FILE.people().stream().filter(p -> p.tags() != null && p.tags().contains(tag)).map(PersonInput::id).toList();
    }

    private static boolean hasTie(String a, String b, String context) {
        return FILE.ties().stream().anyMatch(t -> context.equals(t.context())
                && (t.from().equals(a) && t.to().equals(b) || t.from().equals(b) && t.to().equals(a)));
    }
}
