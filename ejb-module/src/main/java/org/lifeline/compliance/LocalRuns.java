package org.lifeline.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The compliance runs' executions this node started or restarted and has not yet seen end. */
@ApplicationScoped
public class LocalRuns {

    private final Set<Long> executions = ConcurrentHashMap.newKeySet();

    void add(long executionId) {
        executions.add(executionId);
    }

    void remove(long executionId) {
        executions.remove(executionId);
    }

    Set<Long> executions() {
        return Set.copyOf(executions);
    }
}
