package dev.tsunagari.tieindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.junit.jupiter.api.Test;

class NodeSlotsTest {
    @Test
    void anEditMakesANewVersionAndLeavesTheOneItCameFromAsItWas() {
        LongIntHashMap start = new LongIntHashMap();
        start.put(3, 0);
        start.put(5_000, 1);
        NodeSlots first = NodeSlots.of(start);
        NodeSlots.Edit edit = first.edit();
        edit.put(3, 7);
        edit.remove(5_000);
        edit.put(2_000_000, 2);
        NodeSlots second = edit.done();

        assertThat(first.get(3)).isZero();
        assertThat(first.get(5_000)).isEqualTo(1);
        assertThat(first.get(2_000_000)).isEqualTo(-1);
        assertThat(first.count()).isEqualTo(2);
        assertThat(second.get(3)).isEqualTo(7);
        assertThat(second.get(5_000)).isEqualTo(-1);
        assertThat(second.get(2_000_000)).isEqualTo(2);
        assertThat(second.count()).isEqualTo(2);
        assertThat(second.get(-1)).isEqualTo(-1);
        assertThat(second.get(Long.MAX_VALUE)).isEqualTo(-1);
    }

    @Test
    void randomEditsAgreeWithAMapVersionByVersion() {
        Random random = new Random(20261202);
        Map<Long, Integer> expected = new HashMap<>();
        NodeSlots version = NodeSlots.of(new LongIntHashMap());
        for (int round = 0; round < 50; round++) {
            Map<Long, Integer> before = new HashMap<>(expected);
            NodeSlots previous = version;
            NodeSlots.Edit edit = version.edit();
            for (int k = 0; k < 200; k++) {
                long node = random.nextInt(100_000);
                if (random.nextInt(3) == 0) {
                    edit.remove(node);
                    expected.remove(node);
                } else {
                    int slot = random.nextInt(1_000_000);
                    edit.put(node, slot);
                    expected.put(node, slot);
                }
            }
            version = edit.done();
            for (long node = 0; node < 100_000; node += 7) {
                assertThat(version.get(node)).isEqualTo(expected.getOrDefault(node, -1));
                assertThat(previous.get(node)).isEqualTo(before.getOrDefault(node, -1));
            }
            assertThat(version.count()).isEqualTo(expected.size());
        }
    }
}
