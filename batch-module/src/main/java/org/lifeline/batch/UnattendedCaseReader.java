package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lifeline.recoverycase.CaseExpiry;

/** Reads the ids of cases due to expire, a keyset page at a time; the checkpoint is the last id handed out. */
@Named
@Dependent
public class UnattendedCaseReader extends KeysetReader<String> {

    @EJB
    CaseExpiry expiry;

    @Inject
    @BatchProperty
    String pageSize;

    @Override
    List<String> pageAfter(String after, int size) {
        return expiry.dueAfter(after, size);
    }

    @Override
    String keyOf(String caseId) {
        return caseId;
    }

    @Override
    int pageSize() {
        return RunWindows.positive(pageSize, "pageSize");
    }
}
