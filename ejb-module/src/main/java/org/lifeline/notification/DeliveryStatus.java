package org.lifeline.notification;

/** Where a notification's delivery stands. Stored by name. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    /** Every retry failed; kept for the operator. */
    GAVE_UP
}
