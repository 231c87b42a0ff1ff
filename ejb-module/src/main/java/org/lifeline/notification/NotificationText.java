package org.lifeline.notification;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;

/** The words and the JSON a notification is delivered as. */
final class NotificationText {

    private NotificationText() {}

    /** One detail of the notification, or null. */
    static String detail(Notification notification, String key) {
        JsonObject details = details(notification);
        return details.containsKey(key) ? details.getString(key, null) : null;
    }

    static String emailBody(Notification notification, LinkToken link) {
        StringBuilder body = new StringBuilder()
                .append(notification.type().subject())
                .append(".\n\n")
                .append("When: ")
                .append(DateTimeFormatter.ISO_INSTANT.format(notification.createdAt()))
                .append('\n');
        details(notification)
                .forEach((key, value) -> body.append(key)
                        .append(": ")
                        .append(value.toString().replace("\"", ""))
                        .append('\n'));
        if (link != null) {
            body.append('\n')
                    .append(link.purpose().instructions())
                    .append('\n')
                    .append(link.token())
                    .append('\n');
        }
        return body.append("\nIf this was not you, secure your account at once and contact support.\n")
                .append("This message was sent by Lifeline security notifications; it never asks for a code.\n")
                .toString();
    }

    static String webhookPayload(Notification notification, LinkToken link) {
        JsonObjectBuilder payload = JSON.createObjectBuilder()
                .add("id", notification.id())
                .add("type", notification.type().name())
                .add("accountId", notification.accountId().value())
                .add("occurredAt", DateTimeFormatter.ISO_INSTANT.format(notification.createdAt()))
                .add("details", details(notification));
        if (link != null) {
            payload.add(link.purpose().field(), link.token());
        }
        return payload.build().toString();
    }

    private static JsonObject details(Notification notification) {
        try (JsonReader reader = JSON.createReader(new StringReader(notification.details()))) {
            return reader.readObject();
        }
    }
}
