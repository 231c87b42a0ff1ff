package org.lifeline.notification;

/** How a notification travels. Stored by name. */
public enum Channel {
    EMAIL,
    WEBHOOK
}
