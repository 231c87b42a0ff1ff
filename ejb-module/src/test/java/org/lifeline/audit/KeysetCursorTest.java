package org.lifeline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

    @Test
    void walksEveryPageOnceAndReleasesBetweenPages() {
        List<Integer> rows = IntStream.rangeClosed(1, 7).boxed().toList();
        AtomicInteger releases = new AtomicInteger();
        KeysetCursor<Integer> cursor =
                new KeysetCursor<>(after(rows, 0), last -> after(rows, last), releases::incrementAndGet);
        List<Integer> seen = new ArrayList<>();
        cursor.forEachRemaining(seen::add);
        assertEquals(rows, seen);
        assertEquals(3, releases.get()); // pages 2, 3 and the empty one that ends the walk
    }

    @Test
    void emptyFirstPageEndsAtOnce() {
        KeysetCursor<Integer> cursor = new KeysetCursor<>(List.of(), last -> List.of(last), () -> {});
        assertEquals(false, cursor.hasNext());
    }

    private static List<Integer> after(List<Integer> rows, int last) {
        return rows.stream().filter(r -> r > last).limit(3).toList();
    }
}
