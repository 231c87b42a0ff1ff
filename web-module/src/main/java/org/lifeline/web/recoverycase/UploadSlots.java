package org.lifeline.web.recoverycase;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.web.problem.Problem;
import org.lifeline.web.problem.ProblemCode;

/**
 * How many evidence uploads a node takes in at once. An upload streams into the database inside its transaction, so
 * it holds a pooled connection for as long as the client takes to send the file; without a bound, a few slow
 * uploaders would hold the pool that every second-factor check needs. Past the bound an upload is answered at once
 * with 503 {@code unavailable} and a {@code Retry-After}, before its body is read.
 */
@ApplicationScoped
public class UploadSlots {

    static final String CONCURRENT_UPLOADS = "lifeline.evidence.concurrent-uploads";

    /** Seconds a client is asked to wait before it tries again. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    @ConfigProperty(name = CONCURRENT_UPLOADS, defaultValue = "8")
    int slots;

    private Semaphore free;

    @PostConstruct
    void open() {
        if (slots < 1) {
            throw new IllegalStateException(CONCURRENT_UPLOADS + " must be at least 1, is " + slots);
        }
        free = new Semaphore(slots);
    }

    /** Runs the upload in a free slot, or refuses it when none is free. */
    <T> T inSlot(Supplier<T> upload) {
        if (!free.tryAcquire()) {
            throw new WebApplicationException(Problem.of(
                            ProblemCode.UNAVAILABLE,
                            "this node takes " + slots + " evidence uploads at a time; try again shortly")
                    .toResponse()
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build());
        }
        try {
            return upload.get();
        } finally {
            free.release();
        }
    }
}
