package org.lifeline.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keeps the instant a step started as its persistent user data, where the run view reads it: for a partitioned
 * step the job operator reports the moment its partitions ended as its start time, although the job repository
 * holds the right one. Real time, as the repository's: a development server's moved clock must not shift it.
 */
@Named
@Dependent
public class StepStartRecorder extends AbstractStepListener {

    @Inject
    StepContext step;

    @Override
    public void beforeStep() {
        // set again on a restart, which the view shows: the restarted execution's own start
        step.setPersistentUserData(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
