package org.lifeline.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import org.lifeline.recoverycase.CaseExpiry;

/** Expires the chunk's cases through the domain's own transition, together and in the chunk's transaction. */
@Named
@Dependent
public class CaseExpiryWriter extends AbstractItemWriter {

    @EJB
    CaseExpiry expiry;

    @Override
    public void writeItems(List<Object> caseIds) {
        expiry.expireAll(caseIds.stream().map(Object::toString).toList());
    }
}
