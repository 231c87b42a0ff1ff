package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.lifeline.recoverycase.CaseExpiry;

/**
 * Reads the ids of cases due to expire, a keyset page at a time; the checkpoint is the last id handed out, so a
 * restarted step continues after it instead of starting over.
 */
@Named
@Dependent
public class UnattendedCaseReader extends AbstractItemReader {

    @EJB
    CaseExpiry expiry;

    @Inject
    @BatchProperty
    String pageSize;

    private final Deque<String> page = new ArrayDeque<>();
    private String lastId = "";
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? "" : checkpoint.toString();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(expiry.dueAfter(lastId, size()));
            exhausted = page.isEmpty();
        }
        String next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }

    private int size() {
        return pageSize == null || pageSize.isBlank() ? 200 : Integer.parseInt(pageSize.strip());
    }
}
