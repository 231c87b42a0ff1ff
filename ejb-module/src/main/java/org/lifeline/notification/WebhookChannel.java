package org.lifeline.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

/** A signed JSON POST to the platform's webhook, so it can relay to push, SMS or anything of its own. */
@ApplicationScoped
public class WebhookChannel {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    void deliver(Notification notification, LinkToken link) throws DeliveryException {
        String url = settings.webhookUrl().orElseThrow(() -> new DeliveryException("webhook: no URL configured"));
        String body = NotificationText.webhookPayload(notification, link);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Lifeline-Notification-Id", notification.id())
                .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.header(
                                settings.webhookSecret(), clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryException("webhook: HTTP " + status);
            }
        } catch (IOException e) {
            throw new DeliveryException("webhook: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("webhook: interrupted");
        }
    }
}
