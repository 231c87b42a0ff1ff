package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

/**
 * Records a chunk's findings once per window and key, and follows each up as its type and severity say: a
 * reminder to the holder, a review flag on the account.
 */
@Stateless
public class DefaultFindings implements Findings {

    @Inject
    FindingRepository findings;

    @Inject
    Reminders reminders;

    @Inject
    ReviewFlags reviewFlags;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int record(AuditWindow window, List<FindingDraft> drafts) {
        Instant now = clock.instant();
        Set<FindingRepository.FindingKey> recorded = findings.keysOf(
                window,
                drafts.stream().map(FindingDraft::type).distinct().toList(),
                drafts.stream().map(FindingDraft::subject).distinct().toList());
        List<Finding> added = new ArrayList<>();
        for (FindingDraft draft : drafts) {
            if (!recorded.add(new FindingRepository.FindingKey(draft.type(), draft.subject()))) {
                continue;
            }
            added.add(new Finding(window, draft, now));
            if (draft.severity() == Severity.HIGH && draft.accountId() != null) {
                reviewFlags.flag(draft, now);
            }
        }
        // after the flags: they lock an account before its chain, as requests do, and the reminders lock chains only
        reminders.remind(drafts, now);
        findings.addAll(added);
        return added.size();
    }

    @Override
    public Page<FindingView> find(AuditWindow window, FindingType type, Severity severity, PageRequest page) {
        List<FindingView> items = findings.find(window, type, severity, page.offset(), page.size()).stream()
                .map(Finding::view)
                .toList();
        return Page.of(items, page, findings.count(window, type, severity));
    }

    @Override
    public Map<String, Long> countByType(AuditWindow window) {
        return findings.countByType(window);
    }

    @Override
    public List<FindingCount> countByTypeAndSeverity(AuditWindow window) {
        return findings.countByTypeAndSeverity(window);
    }
}
