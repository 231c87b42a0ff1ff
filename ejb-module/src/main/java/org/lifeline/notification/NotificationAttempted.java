package org.lifeline.notification;

/** One try to deliver a notification, and where that left it: SENT, PENDING (a retry is due later) or GAVE_UP. */
public record NotificationAttempted(Channel channel, DeliveryStatus status) {}
