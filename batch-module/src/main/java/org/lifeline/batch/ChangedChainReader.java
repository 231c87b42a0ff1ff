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
import org.lifeline.audit.TrailCheckpoints;

/**
 * Reads the audit chains written to since their last sealed checkpoint, a keyset page at a time; the checkpoint
 * is the last chain handed out.
 */
@Named
@Dependent
public class ChangedChainReader extends AbstractItemReader {

    @EJB
    TrailCheckpoints checkpoints;

    @Inject
    @BatchProperty
    String pageSize;

    private final Deque<String> page = new ArrayDeque<>();
    private String last;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? "" : checkpoint.toString();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(checkpoints.changedAfter(last, RunWindows.positive(pageSize, 500)));
            exhausted = page.isEmpty();
        }
        String next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
