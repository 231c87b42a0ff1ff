package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.lifeline.compliance.AccountCodes;
import org.lifeline.compliance.CodeAudit;

/**
 * Reads one partition's range of accounts with their codes, a keyset page at a time; the checkpoint is the last
 * account handed out.
 */
@Named
@Dependent
public class AccountCodesReader extends AccountRangeReader<AccountCodes> {

    @EJB
    CodeAudit codes;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String pageSize;

    private Instant until;

    @Override
    public void open(Serializable checkpoint) {
        until = RunWindows.of(job).until();
        super.open(checkpoint);
    }

    @Override
    List<AccountCodes> pageAfter(String last, int size) {
        return codes.page(last, upTo(), until, size);
    }

    @Override
    String keyOf(AccountCodes account) {
        return account.accountId();
    }

    @Override
    int pageSize() {
        return RunWindows.positive(pageSize, "pageSize");
    }
}
