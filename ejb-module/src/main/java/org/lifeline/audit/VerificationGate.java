package org.lifeline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.lifeline.shared.ConflictException;

/**
 * One walk of the whole trail at a time on a node: a walk reads every entry and holds a database connection and the
 * trail seal's row lock until it ends, so a second one asked meanwhile is refused at once (409) instead of queueing
 * behind it on a request thread. Nodes take turns on the seal's row lock.
 */
@ApplicationScoped
public class VerificationGate {

    private final Semaphore walking = new Semaphore(1);

    /** Runs {@code walk} unless another walk is running on this node; a conflict then. */
    <T> T alone(Supplier<T> walk) {
        if (!walking.tryAcquire()) {
            throw new ConflictException(
                    "a verification of the whole trail is already running; ask again when it has answered");
        }
        try {
            return walk.get();
        } finally {
            walking.release();
        }
    }
}
