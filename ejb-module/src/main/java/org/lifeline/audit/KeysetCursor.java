package org.lifeline.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Iterates a query page by page: each page is fetched from the last item of the one before (keyset paging), so
 * no offset grows with the table and only one page is held at a time.
 */
final class KeysetCursor<T> implements Iterator<T> {

    private final Function<T, List<T>> pageAfter;
    private final Runnable onNewPage;
    private List<T> page;
    private int index;
    private boolean exhausted;

    /**
     * @param first the first page
     * @param pageAfter fetches the page that follows the given last item; a short or empty page ends the walk
     * @param onNewPage runs before each further page is fetched (to release the previous one)
     */
    KeysetCursor(List<T> first, Function<T, List<T>> pageAfter, Runnable onNewPage) {
        this.page = first;
        this.pageAfter = pageAfter;
        this.onNewPage = onNewPage;
        this.exhausted = first.isEmpty();
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        T last = page.get(page.size() - 1);
        onNewPage.run();
        List<T> following = pageAfter.apply(last);
        exhausted = following.isEmpty();
        page = following;
        index = 0;
        return !following.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(index++);
    }
}
