package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

/** The findings of compliance runs, by run window. */
@Local
public interface Findings {

    /**
     * Records the drafts in the caller's transaction, skipping any whose key (window, type, subject) is already
     * recorded. A new HIGH finding about an account flags it for review and tells its holder; a finding with a
     * reminder sends it unless it was sent for the same occasion before. Returns how many were new.
     */
    int record(AuditWindow window, List<FindingDraft> drafts);

    /** Findings of a window, oldest first, optionally of one type and severity. */
    Page<FindingView> find(AuditWindow window, FindingType type, Severity severity, PageRequest page);

    /** How many findings of each type the window has; types without any are left out. */
    Map<String, Long> countByType(AuditWindow window);

    /** How many findings of each type and severity the window has. */
    List<FindingCount> countByTypeAndSeverity(AuditWindow window);

    record FindingCount(String type, String severity, long count) {}
}
