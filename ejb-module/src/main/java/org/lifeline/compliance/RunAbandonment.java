package org.lifeline.compliance;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.AuditRunAbandoned;
import org.lifeline.audit.SecurityEvents;

/**
 * Gives up a run and records who did and why on the system chain, in one transaction (the job repository is the
 * application's datasource, so the status and the event are committed together).
 */
@Stateless
public class RunAbandonment {

    @EJB
    SecurityEvents events;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void abandon(AuditRunAbandoned abandoned, Actor actor) {
        BatchRuntime.getJobOperator().abandon(abandoned.runId());
        events.recordSystem(actor, abandoned);
    }
}
