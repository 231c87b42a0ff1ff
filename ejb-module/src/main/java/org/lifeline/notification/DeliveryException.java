package org.lifeline.notification;

/** A channel could not deliver now; the outbox will try again. The message is safe to store and log. */
public class DeliveryException extends Exception {

    public DeliveryException(String message) {
        super(message);
    }
}
