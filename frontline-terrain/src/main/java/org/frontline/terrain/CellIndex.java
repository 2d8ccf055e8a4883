package org.frontline.terrain;

import java.util.Arrays;

/**
 * H3 cell id to grid position, an open-addressing hash table over primitive arrays. Hand-written because the
 * lookup is the inner loop of every territory computation and a {@code HashMap<Long, Integer>} would box every
 * probe; the table is built once and never changes.
 */
final class CellIndex {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    CellIndex(long[] cells) {
        int capacity = Integer.highestOneBit(Math.max(4, cells.length * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        Arrays.fill(values, -1);
        for (int i = 0; i < cells.length; i++) {
            int slot = slot(cells[i]);
            while (values[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = cells[i];
            values[slot] = i;
        }
    }

    /** The position of a cell, -1 when it is not in the grid. */
    int get(long cell) {
        int slot = slot(cell);
        while (values[slot] >= 0) {
            if (keys[slot] == cell) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** H3 ids end in runs of set bits (unused finer digits): mix them (MurmurHash3's finaliser) before masking. */
    private int slot(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
