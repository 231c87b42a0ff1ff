package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.lifeline.compliance.AttemptAudit;
import org.lifeline.compliance.AttemptThresholds;
import org.lifeline.compliance.AuditWindow;
import org.lifeline.compliance.FindingDraft;

/**
 * Has the window tallied (one pass per detector), then walks the detectors' findings one detector after the other,
 * each a keyset page at a time; the checkpoint is the detector and the last subject it handed out. A restarted step
 * keeps the tallies and goes on after its checkpoint; if they are gone, it tallies again and starts over (findings
 * already recorded are not recorded twice).
 */
@Named
@Dependent
public class SuspiciousAttemptReader extends AbstractItemReader {

    @EJB
    AttemptAudit attempts;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String pageSize;

    @Inject
    @BatchProperty
    String bruteForceRefusals;

    @Inject
    @BatchProperty
    String sprayingAccounts;

    @Inject
    @BatchProperty
    String totpRecency;

    private final Deque<FindingDraft> page = new ArrayDeque<>();
    private Position position;
    private AuditWindow window;
    private AttemptThresholds thresholds;

    /** Where the walk is: the detector's index, and the last subject it handed out. */
    record Position(int detector, String after) implements Serializable {}

    @Override
    public void open(Serializable checkpoint) {
        position = checkpoint instanceof Position saved ? saved : new Position(0, "");
        window = RunWindows.of(job);
        if (totpRecency == null || totpRecency.isBlank()) {
            throw new IllegalStateException("the job was started without its totpRecency parameter");
        }
        thresholds = new AttemptThresholds(
                RunWindows.positive(bruteForceRefusals, "bruteForceRefusals"),
                RunWindows.positive(sprayingAccounts, "sprayingAccounts"),
                Duration.parse(totpRecency.strip()));
        if (attempts.prepare(window, thresholds)) {
            position = new Position(0, "");
        }
    }

    @Override
    public Object readItem() {
        while (page.isEmpty() && position.detector() < AttemptAudit.DETECTORS.size()) {
            page.addAll(attempts.page(
                    AttemptAudit.DETECTORS.get(position.detector()),
                    window,
                    thresholds,
                    position.after(),
                    RunWindows.positive(pageSize, "pageSize")));
            if (page.isEmpty()) {
                position = new Position(position.detector() + 1, "");
            }
        }
        FindingDraft next = page.poll();
        if (next != null) {
            position = new Position(position.detector(), next.subject());
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
