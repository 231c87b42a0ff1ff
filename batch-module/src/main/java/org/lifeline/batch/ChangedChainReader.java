package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lifeline.audit.ChainHead;
import org.lifeline.audit.TrailCheckpoints;

/**
 * Reads one partition's range of audit chains (an account's chain has the account's id) written to since their
 * last sealed checkpoint, a keyset page at a time; the checkpoint is the last chain handed out.
 */
@Named
@Dependent
public class ChangedChainReader extends AccountRangeReader<ChainHead> {

    @EJB
    TrailCheckpoints checkpoints;

    @Inject
    @BatchProperty
    String pageSize;

    @Override
    List<ChainHead> pageAfter(String last, int size) {
        return checkpoints.changedAfter(last, upTo(), size);
    }

    @Override
    String keyOf(ChainHead head) {
        return head.id();
    }

    @Override
    int pageSize() {
        return RunWindows.positive(pageSize, "pageSize");
    }
}
