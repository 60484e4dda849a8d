package org.example.observable.bulkimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChunksTest {

    private static List<Integer> items(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void theLastChunkHoldsTheRemainder() {
        List<List<Integer>> chunks = Chunks.of(items(250), 100);
        assertEquals(List.of(100, 100, 50), chunks.stream().map(List::size).toList());
        assertEquals(200, chunks.get(2).get(0));
    }

    @Test
    void anExactMultipleHasNoEmptyChunk() {
        assertEquals(List.of(100, 100), Chunks.of(items(200), 100).stream().map(List::size).toList());
    }

    @Test
    void noItemsMeansNoChunks() {
        assertEquals(List.of(), Chunks.of(List.of(), 100));
    }

    @Test
    void aChunkSizeBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Chunks.of(items(3), 0));
    }
}
