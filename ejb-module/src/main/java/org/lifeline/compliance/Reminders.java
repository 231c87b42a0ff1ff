package org.lifeline.compliance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lifeline.audit.AccountEvent;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.ReminderSent;
import org.lifeline.audit.SecurityEvents;

/**
 * Reminds an account holder of a finding about their account, once per occasion (the code set, say), however
 * many runs find it again; the reminder is a security event, and the owner is told through it.
 */
@ApplicationScoped
public class Reminders {

    @Inject
    FindingRepository findings;

    @EJB
    SecurityEvents events;

    /** True when the draft calls for a reminder at all: its type has one, and it names an account and occasion. */
    static boolean calledFor(FindingDraft draft) {
        return draft.type().reminder() != null && draft.occasion() != null && draft.accountId() != null;
    }

    /**
     * Sends the reminders the drafts call for that were not sent before: one read for the whole chunk, and the
     * chunk's reminder events recorded together.
     */
    void remind(List<FindingDraft> drafts, Instant now) {
        List<FindingDraft> called = drafts.stream().filter(Reminders::calledFor).toList();
        if (called.isEmpty()) {
            return;
        }
        Set<Reminder.Key> sent = findings.remindersOf(
                called.stream().map(FindingDraft::accountId).distinct().toList());
        List<Reminder> reminders = new ArrayList<>();
        List<AccountEvent> reminded = new ArrayList<>();
        for (FindingDraft draft : called) {
            if (!sent.add(new Reminder.Key(draft.accountId(), draft.type(), draft.occasion()))) {
                continue;
            }
            reminders.add(new Reminder(draft.accountId(), draft.type(), draft.occasion(), now));
            reminded.add(new AccountEvent(
                    draft.accountId(),
                    new ReminderSent(
                            draft.type().name(), draft.type().reminder().name(), draft.detail())));
        }
        findings.addReminders(reminders);
        events.recordAll(Actor.SYSTEM, reminded);
    }
}
