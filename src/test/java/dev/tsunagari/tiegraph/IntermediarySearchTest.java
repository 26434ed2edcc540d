package dev.tsunagari.tiegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.MemoryTieGraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntermediarySearchTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aPathWrittenAsIdsJoinedByArrowsSortsAsTheJoinedTextWould() {
        // "p1>t" against "p12>t": '>' comes after '2', so the path through p12 sorts first.
        assertThat(IntermediarySearch.beforeInPath("p12", "p1")).isTrue();
        assertThat(IntermediarySearch.beforeInPath("p1", "p12")).isFalse();
        assertThat(IntermediarySearch.beforeInPath("a", "b")).isTrue();
        assertThat(IntermediarySearch.beforeInPath("b", "a")).isFalse();
        // ASCII '-' (0x2D) sorts before '>' (0x3E): the joined text decides, not the ids alone.
        assertThat(IntermediarySearch.beforeInPath("p1-x", "p1")).isTrue();
    }

    @Test
    void equalRoutesThroughTwoMiddlePeopleKeepTheOneWhoseJoinedIdsSortFirstWhicheverSideIsSearched() {
        MemoryTieGraph graph = new MemoryTieGraph();
        for (String id : List.of("me", "ann", "p1", "p12")) {
            graph.person(id, new String[0]);
        }
        graph.person("t", "designer");
        for (String middle : List.of("p1", "p12")) {
            graph.tie("ann", middle, "KNOWS", 0.8, "friend", null, TODAY);
            graph.tie(middle, "t", "KNOWS", 0.8, "friend", null, TODAY);
        }
        graph.tie("me", "ann", "KNOWS", 0.9, "friend", null, TODAY);
        for (IntermediarySearch.Strategy strategy : IntermediarySearch.Strategy.values()) {
            Hops hops = new Hops(graph, HopRule.DEFAULT, TODAY);
            IntermediarySearch.Found found = new IntermediarySearch(hops).find(graph.person("me"),
                    Targets.of(graph.carriers(List.of("designer"))), 2, strategy);
            List<IntermediarySearch.Route> routes = found.byIntermediary().get(graph.person("ann"));
            assertThat(routes).as(strategy.name()).hasSize(1);
            assertThat(graph.id(routes.get(0).middle())).as(strategy.name()).isEqualTo("p12");
        }
    }
}
