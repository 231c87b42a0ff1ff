package org.lifeline.authenticator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Undo tokens of lost-device freezes, by the keyed digest they are stored as. */
public interface FreezeUndoTokenRepository {

    void add(FreezeUndoToken token);

    /** The token stored as one of {@code digests} (one per key) if it is unused and unexpired at {@code now}. */
    Optional<FreezeUndoToken> findLive(List<String> digests, Instant now);

    /** Marks the token used if it is unused and unexpired at {@code now}; false when another request got there. */
    boolean use(List<String> digests, Instant now);
}
