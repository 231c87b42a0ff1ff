package org.lifeline.recoverycase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Cancel tokens, by the keyed digest they are stored as. */
public interface CancelTokenRepository {

    void add(CancelToken token);

    /**
     * Marks the token used if it is unused and unexpired at {@code now}, by any of the digests it may be stored as
     * (one per key); the case it cancels, or empty.
     */
    Optional<String> use(List<String> digests, Instant now);
}
