package org.lifeline.compliance;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lifeline.shared.DatabaseOutage;

/**
 * Every five seconds on every node: beats for the compliance runs this node executes, and restarts from its
 * checkpoints a run whose node is gone (silent for {@link RunTakeover#STALE_AFTER_MILLIS}, or this very node before
 * a restart). A single server restarted after a crash thereby resumes its run within seconds; a cluster resumes the
 * run of a dead node on another.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RunWatch {

    private static final Logger LOG = Logger.getLogger(RunWatch.class.getName());

    @EJB
    BatchAuditRunService runs;

    @EJB
    RunOwnership ownership;

    @Inject
    RunOwnerRepository owners;

    @Inject
    LocalRuns local;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "lifeline-audit-run-watch")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void look() {
        // Nothing to do most of the time, found without calling another bean: a call to another EJB made while the
        // deployment is still starting waits for it, and if it then fails, its undeployment waits for that call.
        try {
            if (local.executions().isEmpty() && owners.read().executionId() == null) {
                return;
            }
        } catch (RuntimeException databaseOutOfReach) {
            return; // the requests that need the database report it; this looks again in five seconds
        }
        try {
            runs.beatForLocalRuns();
            Long orphan = ownership.claimOrphan(runs::isActive);
            if (orphan != null) {
                runs.takeOver(orphan);
            }
        } catch (EJBException e) {
            if (DatabaseOutage.isLockContention(e)) {
                LOG.fine("another node claimed the compliance run at the same moment");
            } else {
                LOG.log(Level.WARNING, "the compliance run's owner could not be checked now", e);
            }
        }
    }
}
