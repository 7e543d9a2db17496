package dev.geoflight.agent.runtime;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Item counts of recently built indexes, so that a query can report its index's size without
 * walking the tree. A small fixed table keyed by identity: bounded memory, no locks, and an index
 * that was evicted or never seen is reported as -1 rather than counted.
 */
public final class IndexSizes {

    private static final int SLOTS = 256;
    private static final AtomicReferenceArray<Entry> TABLE = new AtomicReferenceArray<>(SLOTS);

    private IndexSizes() {
    }

    public static void remember(Object index, int items) {
        TABLE.set(slot(index), new Entry(index, items));
    }

    public static int of(Object index) {
        Entry entry = TABLE.get(slot(index));
        return entry != null && entry.get() == index ? entry.items : -1;
    }

    private static int slot(Object index) {
        return System.identityHashCode(index) & (SLOTS - 1);
    }

    private static final class Entry extends WeakReference<Object> {
        final int items;

        Entry(Object index, int items) {
            super(index);
            this.items = items;
        }
    }
}
