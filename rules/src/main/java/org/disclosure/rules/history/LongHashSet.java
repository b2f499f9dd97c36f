package org.disclosure.rules.history;

/**
 * A set of 64-bit hashes with open addressing, for Y03's shingles: a report's prose has thousands, and a boxed
 * {@code HashSet<Long>} or a sort per text cost more than the rest of the comparison.
 */
final class LongHashSet {

    private final long[] slots;
    private final int mask;
    /** 0 marks an empty slot, so the hash 0 itself is kept aside. */
    private boolean hasZero;
    private int size;

    /** A set for up to {@code expected} elements, at most half full. */
    LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
    }

    /** Adds {@code value}; true when it was not there yet. */
    boolean add(long value) {
        if (value == 0) {
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        int slot = (int) value & mask;
        while (slots[slot] != 0) {
            if (slots[slot] == value) return false;
            slot = (slot + 1) & mask;
        }
        slots[slot] = value;
        size++;
        return true;
    }

    boolean contains(long value) {
        if (value == 0) return hasZero;
        int slot = (int) value & mask;
        while (slots[slot] != 0) {
            if (slots[slot] == value) return true;
            slot = (slot + 1) & mask;
        }
        return false;
    }

    int size() {
        return size;
    }
}
