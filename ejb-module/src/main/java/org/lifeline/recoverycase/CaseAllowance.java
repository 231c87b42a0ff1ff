package org.lifeline.recoverycase;

import java.time.Duration;
import java.time.Instant;
import org.lifeline.shared.QuotaExceededException;

/**
 * What an account used of its security-reset allowance in the current period: the cases it opened, the evidence bytes
 * they took in (purged files included), and when the oldest of those cases was opened. One read, on the index of an
 * account's cases by time.
 */
public record CaseAllowance(long cases, long evidenceBytes, Instant oldestOpenedAt) {

    /** Refuses a new case when the account opened its allowance of cases within the period. */
    void checkRoomForCase(RecoveryCaseSettings settings, Instant now) {
        if (cases >= settings.casesPerPeriod()) {
            throw new QuotaExceededException(
                    "an account opens at most " + settings.casesPerPeriod() + " security-reset cases in "
                            + settings.quotaPeriodInWords() + "; the next one can be opened after " + roomAt(settings),
                    secondsUntilRoom(settings, now));
        }
    }

    /** The evidence bytes the account may still send in the period; refused at once when nothing is left. */
    long evidenceRoom(RecoveryCaseSettings settings, Instant now) {
        long room = settings.evidenceBytesPerPeriod() - evidenceBytes;
        if (room <= 0) {
            throw new QuotaExceededException(
                    "the account sent its allowance of " + settings.evidenceBytesPerPeriod()
                            + " evidence bytes in " + settings.quotaPeriodInWords() + "; more can be sent after "
                            + roomAt(settings),
                    secondsUntilRoom(settings, now));
        }
        return room;
    }

    private Instant roomAt(RecoveryCaseSettings settings) {
        return oldestOpenedAt.plus(settings.quotaPeriod());
    }

    private long secondsUntilRoom(RecoveryCaseSettings settings, Instant now) {
        return Duration.between(now, roomAt(settings)).toSeconds() + 1;
    }
}
