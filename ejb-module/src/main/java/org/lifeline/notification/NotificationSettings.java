package org.lifeline.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.deployment.DeploymentSettings;
import org.lifeline.shared.SettingChecks;

/**
 * Which channels are on, where the webhook goes, and how deliveries are retried: typed and checked once, when the
 * application starts (a bad value stops the deployment with the key's name), the only place their defaults live.
 */
@ApplicationScoped
public class NotificationSettings {

    static final String EMAIL_ENABLED = "lifeline.notifications.email.enabled";
    static final String WEBHOOK_URL = "lifeline.notifications.webhook.url";
    static final String WEBHOOK_SECRET = "lifeline.notifications.webhook.secret";
    static final String RETRY_FIRST = "lifeline.notifications.retry.first";
    static final String RETRY_LONGEST = "lifeline.notifications.retry.longest";
    static final String RETRY_MAX_ATTEMPTS = "lifeline.notifications.retry.max-attempts";

    @Inject
    @ConfigProperty(name = EMAIL_ENABLED, defaultValue = "true")
    boolean emailEnabled;

    @Inject
    @ConfigProperty(name = WEBHOOK_URL)
    Optional<String> webhookUrl;

    @Inject
    @ConfigProperty(name = WEBHOOK_SECRET)
    Optional<String> webhookSecret;

    /** Only a development server may call a plain-HTTP webhook with a short secret (a local test receiver). */
    @Inject
    @ConfigProperty(name = DeploymentSettings.DEVELOPMENT, defaultValue = "false")
    boolean development;

    @Inject
    @ConfigProperty(name = RETRY_FIRST, defaultValue = "PT30S")
    Duration retryFirst;

    @Inject
    @ConfigProperty(name = RETRY_LONGEST, defaultValue = "PT1H")
    Duration retryLongest;

    @Inject
    @ConfigProperty(name = RETRY_MAX_ATTEMPTS, defaultValue = "12")
    int maxAttempts;

    private RetryPolicy retries;

    @PostConstruct
    void check() {
        try {
            retries = new RetryPolicy(retryFirst, retryLongest, maxAttempts);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    RETRY_FIRST + ", " + RETRY_LONGEST + ", " + RETRY_MAX_ATTEMPTS + ": " + e.getMessage(), e);
        }
        webhookUrl = webhookUrl.filter(url -> !url.isBlank());
        webhookSecret = webhookSecret.filter(secret -> !secret.isBlank());
        webhookUrl.ifPresent(url -> SettingChecks.signedEndpoint(
                WEBHOOK_URL,
                url,
                WEBHOOK_SECRET,
                webhookSecret.orElse(null),
                development,
                "the notifications carry single-use cancel links"));
    }

    /** Touches the bean as the application starts, so that {@link #check()} runs then. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        retries();
    }

    public boolean emailEnabled() {
        return emailEnabled;
    }

    /** The webhook's URL, when the channel is on. */
    public Optional<String> webhookUrl() {
        return webhookUrl;
    }

    public String webhookSecret() {
        return webhookSecret.orElseThrow();
    }

    public RetryPolicy retries() {
        return retries;
    }
}
