package org.lifeline.recoverycase;

import java.time.Instant;
import java.util.Optional;

/** Cancel tokens, by the keyed digest they are stored as. */
public interface CancelTokenRepository {

    void add(CancelToken token);

    /** Marks the token used if it is unused and unexpired at {@code now}; the case it cancels, or empty. */
    Optional<String> use(String digest, Instant now);
}
