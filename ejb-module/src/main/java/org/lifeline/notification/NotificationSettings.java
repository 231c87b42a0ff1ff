package org.lifeline.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which channels are on, where the webhook goes, and how deliveries are retried. */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "lifeline.notifications.email.enabled", defaultValue = "true")
    boolean emailEnabled;

    @Inject
    @ConfigProperty(name = "lifeline.notifications.webhook.url")
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = "lifeline.notifications.webhook.secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "lifeline.notifications.retry.first", defaultValue = "PT30S")
    String retryFirst;

    @Inject
    @ConfigProperty(name = "lifeline.notifications.retry.longest", defaultValue = "PT1H")
    String retryLongest;

    @Inject
    @ConfigProperty(name = "lifeline.notifications.retry.max-attempts", defaultValue = "12")
    int maxAttempts;

    public boolean emailEnabled() {
        return emailEnabled;
    }

    /** The webhook's URL, when the channel is on. It needs a signing secret: without one it stays off. */
    public Optional<String> webhookUrl() {
        return webhookUrl.filter(url -> !url.isBlank() && webhookSecret.filter(s -> !s.isBlank()).isPresent());
    }

    public String webhookSecret() {
        return webhookSecret.orElseThrow();
    }

    public RetryPolicy retries() {
        return new RetryPolicy(Duration.parse(retryFirst), Duration.parse(retryLongest), maxAttempts);
    }
}
