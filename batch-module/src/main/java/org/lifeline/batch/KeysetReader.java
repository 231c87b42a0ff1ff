package org.lifeline.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A reader that pages through the database by keyset: each page holds the items after the key of the last one
 * handed out, and that key is the checkpoint, so a restarted step goes on after it instead of starting over. Only
 * one page is held at a time.
 */
abstract class KeysetReader<T> extends AbstractItemReader {

    private final Deque<T> page = new ArrayDeque<>();
    private String last;
    private boolean exhausted;

    /** Where a step that has no checkpoint starts: before every key. */
    String firstKey() {
        return "";
    }

    /** Up to {@code size} items with keys after {@code after}, in key order. */
    abstract List<T> pageAfter(String after, int size);

    abstract String keyOf(T item);

    abstract int pageSize();

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? firstKey() : checkpoint.toString();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(pageAfter(last, pageSize()));
            exhausted = page.isEmpty();
        }
        T next = page.poll();
        if (next != null) {
            last = keyOf(next);
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
