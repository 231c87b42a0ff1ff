package org.lifeline.audit;

import java.util.List;

/**
 * Events were appended to the trail by one call, in that order: one {@link SecurityEventRecorded} for a single
 * event, a chunk's worth for {@link SecurityEvents#recordAll}. Fired synchronously in the recording transaction: an
 * observer of the default phase (the notification table) writes in that transaction, and one of {@code
 * AFTER_SUCCESS} (the metrics) sees only committed events. One announcement per call, not per event, lets an
 * observer read what it needs for all of them at once.
 */
public record SecurityEventsRecorded(List<SecurityEventRecorded> events) {

    public SecurityEventsRecorded {
        events = List.copyOf(events);
    }
}
