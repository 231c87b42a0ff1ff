package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Looks every few seconds, on every node, for approved resets whose waiting period is over, and applies them. */
@Singleton
public class ResetSchedule {

    private static final Logger LOG = Logger.getLogger(ResetSchedule.class.getName());
    private static final int BATCH = 50;

    @Inject
    RecoveryCaseRepository cases;

    @EJB
    SecurityReset application;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "lifeline-reset-schedule")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void applyDue() {
        for (String id : cases.dueIds(clock.instant(), BATCH)) {
            try {
                application.applyIfDue(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "recovery case " + id + " could not be applied now", e);
            }
        }
    }
}
