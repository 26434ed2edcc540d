package dev.tsunagari.tieindex;

import java.util.Arrays;
import org.eclipse.collections.api.map.primitive.LongIntMap;

/**
 * Store node id → slot, immutable once published, in chunks of 4,096 ids like {@link Chunks}: an {@link Edit}
 * copies each chunk it touches once and the chunk directory, never the whole, and chunks without a person are not
 * allocated. What a full-text match (a node) is in the index, without reading the node's id property.
 */
final class NodeSlots {
    private static final int SHIFT = 12;
    private static final int SIZE = 1 << SHIFT;
    private static final int MASK = SIZE - 1;
    /** Per chunk, slot + 1 per node id (0: no person). */
    private final int[][] chunks;

    private NodeSlots(int[][] chunks) {
        this.chunks = chunks;
    }

    static NodeSlots of(LongIntMap slotOfNode) {
        Edit edit = new NodeSlots(new int[0][]).edit();
        slotOfNode.forEachKeyValue(edit::put);
        return edit.done();
    }

    /** The slot of this node, or -1. */
    int get(long node) {
        long c = node >>> SHIFT;
        if (node < 0 || c >= chunks.length || chunks[(int) c] == null) {
            return -1;
        }
        return chunks[(int) c][(int) (node & MASK)] - 1;
    }

    /** How many nodes have a slot. */
    int count() {
        int count = 0;
        for (int[] chunk : chunks) {
            if (chunk != null) {
                for (int v : chunk) {
                    count += v == 0 ? 0 : 1;
                }
            }
        }
        return count;
    }

    Edit edit() {
        return new Edit(chunks);
    }

    /** Heap bytes of the chunks and their directory. */
    long bytes() {
        long bytes = 16 + 4L * chunks.length;
        for (int[] chunk : chunks) {
            bytes += chunk == null ? 0 : 16 + 4L * SIZE;
        }
        return bytes;
    }

    /** The next version, made by the one writer: each chunk touched is copied once. */
    static final class Edit {
        private int[][] directory;
        private boolean[] copied;

        private Edit(int[][] chunks) {
            this.directory = chunks.clone();
            this.copied = new boolean[chunks.length];
        }

        void put(long node, int slot) {
            chunk(node)[(int) (node & MASK)] = slot + 1;
        }

        void remove(long node) {
            long c = node >>> SHIFT;
            if (node >= 0 && c < directory.length && directory[(int) c] != null) {
                chunk(node)[(int) (node & MASK)] = 0;
            }
        }

        private int[] chunk(long node) {
            if (node < 0 || (node >>> SHIFT) >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("node id out of range: " + node);
            }
            int c = (int) (node >>> SHIFT);
            if (c >= directory.length) {
                directory = Arrays.copyOf(directory, Math.max(c + 1, directory.length + directory.length / 2));
                copied = Arrays.copyOf(copied, directory.length);
            }
            if (!copied[c]) {
                directory[c] = directory[c] == null ? new int[SIZE] : directory[c].clone();
                copied[c] = true;
            }
            return directory[c];
        }

        NodeSlots done() {
            return new NodeSlots(directory);
        }
    }
}
