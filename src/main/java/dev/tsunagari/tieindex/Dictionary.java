package dev.tsunagari.tieindex;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Person id → slot and tag → number, shared by every version of one index and only ever grown (by the one writer):
 * a slot keeps its id for good, so a person deleted and added again comes back in the same slot.
 */
final class Dictionary {
    private final ConcurrentHashMap<String, Integer> slots = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> tags = new ConcurrentHashMap<>();

    int slotOf(String id) {
        Integer slot = id == null ? null : slots.get(id);
        return slot == null ? -1 : slot;
    }

    /** The slot of this id, a new one at the end when it has none. Writer only. */
    int slotFor(String id) {
        return slots.computeIfAbsent(id, k -> slots.size());
    }

    int slotCount() {
        return slots.size();
    }

    int tagOf(String tag) {
        Integer number = tag == null ? null : tags.get(tag);
        return number == null ? -1 : number;
    }

    /** Writer only. */
    int tagFor(String tag) {
        return tags.computeIfAbsent(tag, k -> tags.size());
    }

    int tagCount() {
        return tags.size();
    }

    /** The tag a number stands for (a scan: for checks, not questions). */
    String tagName(int number) {
        return tags.entrySet().stream().filter(e -> e.getValue() == number).map(java.util.Map.Entry::getKey)
                .findFirst().orElse("#" + number);
    }
}
