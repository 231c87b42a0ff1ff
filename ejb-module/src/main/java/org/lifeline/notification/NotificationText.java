package org.lifeline.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;

/** The words and the JSON a notification is delivered as. */
final class NotificationText {

    private NotificationText() {
    }

    static String emailBody(Notification notification) {
        StringBuilder body = new StringBuilder()
                .append(notification.type().subject()).append(".\n\n")
                .append("When: ").append(DateTimeFormatter.ISO_INSTANT.format(notification.createdAt())).append('\n');
        details(notification).forEach((key, value) -> body.append(key).append(": ")
                .append(value.toString().replace("\"", "")).append('\n'));
        return body.append("\nIf this was not you, secure your account at once and contact support.\n")
                .append("This message was sent by Lifeline security notifications; it never asks for a code.\n")
                .toString();
    }

    static String webhookPayload(Notification notification) {
        return Json.createObjectBuilder()
                .add("id", notification.id())
                .add("type", notification.type().name())
                .add("accountId", notification.accountId().value())
                .add("occurredAt", DateTimeFormatter.ISO_INSTANT.format(notification.createdAt()))
                .add("details", details(notification))
                .build().toString();
    }

    private static JsonObject details(Notification notification) {
        try (JsonReader reader = Json.createReader(new StringReader(notification.details()))) {
            return reader.readObject();
        }
    }
}
