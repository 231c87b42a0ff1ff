package org.lifeline.audit;

import java.time.Instant;

/**
 * Which entries an export of the trail takes; each part null when it does not narrow it.
 *
 * @param since entries that occurred at or after it
 * @param until entries that occurred before it
 * @param type the event type's name
 * @param accountId the account whose chain it is
 */
public record ExportFilter(Instant since, Instant until, String type, String accountId) {}
