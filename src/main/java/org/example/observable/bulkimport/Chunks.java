package org.example.observable.bulkimport;

import java.util.ArrayList;
import java.util.List;

/** Consecutive slices of a list, each {@code size} long except possibly the last. */
final class Chunks {

    private Chunks() {
    }

    static <T> List<List<T>> of(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + size);
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += size) {
            chunks.add(items.subList(start, Math.min(start + size, items.size())));
        }
        return chunks;
    }
}
