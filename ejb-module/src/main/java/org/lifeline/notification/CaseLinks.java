package org.lifeline.notification;

import java.util.Optional;

/**
 * Mints, when a notification about a recovery case is delivered, the single-use link token that lets the owner
 * cancel the case without signing in. Implemented by the recovery-case capability; only the token's digest is
 * stored, the token itself exists only in the delivered message.
 */
public interface CaseLinks {

    /** A fresh cancel token for the case, or empty when the case can no longer be cancelled. */
    Optional<String> cancelTokenFor(String caseId);
}
