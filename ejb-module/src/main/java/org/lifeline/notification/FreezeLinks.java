package org.lifeline.notification;

import java.util.Optional;

/**
 * Mints, when a lost-device notification is delivered, the single-use token that lifts the freeze together with a
 * right code of the app (the freeze needs no code, so it may not have been the owner's doing). Implemented by the
 * authenticator capability; only the token's digest is stored, the token itself exists only in the delivered message.
 */
public interface FreezeLinks {

    /** A fresh undo token for the frozen authenticator, or empty when it is not frozen any more. */
    Optional<String> undoTokenFor(String authenticatorId);
}
