package org.lifeline.ownershipcheck;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lifeline.recoverycase.OwnershipChecks;

/**
 * Every two seconds on every node, asks the verifier about the cases whose claims are due: a new claim at once, one
 * that got no answer after its backoff. The claims' row locks (skipped, not waited for, on MariaDB) share the work
 * between nodes. With no verifier configured there is nothing to ask: claims are made {@code UNVERIFIED}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OwnershipCheckSender {

    private static final Logger LOG = Logger.getLogger(OwnershipCheckSender.class.getName());
    private static final int BATCH = 20;

    @EJB
    OwnershipChecks checks;

    @EJB
    OwnershipCheckDelivery delivery;

    @Inject
    OwnershipCheckSettings settings;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "lifeline-ownership-checks")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        if (!settings.configured()) {
            return;
        }
        for (String caseId : checks.casesDue(BATCH)) {
            try {
                delivery.check(caseId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "ownership claims of case " + caseId + " could not be checked", e);
            }
        }
    }
}
