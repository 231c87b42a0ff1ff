package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.util.Optional;

/** The compliance run's check of the trail seal, before its trail check seals anything. */
@Local
public interface TrailSealAudit {

    /**
     * Checks that the checkpoints still add up to the trail's seal and, when they do not, records an
     * {@code AUDIT_TRAIL_BROKEN} finding about the trail as a whole for the run's window, in one transaction. The
     * reason, when broken. Safe to call again for the same window: the finding is unique.
     */
    Optional<String> check(AuditWindow window);
}
