package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.lifeline.compliance.AccountCodes;
import org.lifeline.compliance.CodeAudit;

/**
 * Reads one partition's range of accounts with their codes, a keyset page at a time; the checkpoint is the last
 * account handed out.
 */
@Named
@Dependent
public class AccountCodesReader extends AbstractItemReader {

    @EJB
    CodeAudit codes;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String after;

    @Inject
    @BatchProperty
    String upTo;

    @Inject
    @BatchProperty
    String pageSize;

    private final Deque<AccountCodes> page = new ArrayDeque<>();
    private String last;
    private Instant until;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint != null ? checkpoint.toString() : after == null ? "" : after;
        until = RunWindows.of(job).until();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(codes.page(last, upTo == null || upTo.isEmpty() ? null : upTo, until,
                    RunWindows.positive(pageSize, 500)));
            exhausted = page.isEmpty();
        }
        AccountCodes next = page.poll();
        if (next != null) {
            last = next.accountId();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
