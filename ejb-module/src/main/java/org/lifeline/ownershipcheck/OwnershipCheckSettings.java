package org.lifeline.ownershipcheck;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.deployment.DeploymentSettings;
import org.lifeline.recoverycase.OwnershipVerifier;
import org.lifeline.shared.Backoff;
import org.lifeline.shared.SettingChecks;

/**
 * Where the platform's ownership verifier is, its secret, how long a call may take and how failed calls are retried:
 * typed and checked once, when the application starts (a bad value stops the deployment with the key's name), the
 * only place their defaults live. No URL: no verifier, and new claims are {@code UNVERIFIED}.
 */
@ApplicationScoped
public class OwnershipCheckSettings implements OwnershipVerifier {

    static final String URL = "lifeline.ownership.verifier.url";
    static final String SECRET = "lifeline.ownership.verifier.secret";
    static final String TIMEOUT = "lifeline.ownership.verifier.timeout";
    static final String RETRY_FIRST = "lifeline.ownership.verifier.retry.first";
    static final String RETRY_LONGEST = "lifeline.ownership.verifier.retry.longest";
    static final String SIGNED_ANSWERS = "lifeline.ownership.verifier.signed-answers";

    @Inject
    @ConfigProperty(name = URL)
    Optional<String> url;

    @Inject
    @ConfigProperty(name = SECRET)
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = TIMEOUT, defaultValue = "PT10S")
    Duration timeout;

    @Inject
    @ConfigProperty(name = RETRY_FIRST, defaultValue = "PT30S")
    Duration retryFirst;

    @Inject
    @ConfigProperty(name = RETRY_LONGEST, defaultValue = "PT1H")
    Duration retryLongest;

    /** Whether an answer must carry a valid {@code Lifeline-Signature}; one that carries an invalid one never counts. */
    @Inject
    @ConfigProperty(name = SIGNED_ANSWERS, defaultValue = "false")
    boolean signedAnswers;

    /** Only a development server may call a plain-HTTP verifier with a short secret (a local test verifier). */
    @Inject
    @ConfigProperty(name = DeploymentSettings.DEVELOPMENT, defaultValue = "false")
    boolean development;

    @PostConstruct
    void check() {
        SettingChecks.positive(TIMEOUT, timeout);
        SettingChecks.positive(RETRY_FIRST, retryFirst);
        if (retryLongest.compareTo(retryFirst) < 0) {
            throw new IllegalStateException(
                    RETRY_LONGEST + " must be at least " + RETRY_FIRST + " (" + retryFirst + "), is " + retryLongest);
        }
        url = url.filter(value -> !value.isBlank());
        secret = secret.filter(value -> !value.isBlank());
        if (url.isEmpty()) {
            return;
        }
        SettingChecks.signedEndpoint(
                URL,
                url.get(),
                SECRET,
                secret.orElse(null),
                development,
                "the calls carry what owners remember of their transactions");
    }

    /** Touches the bean as the application starts, so that {@link #check()} runs then. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        configured();
    }

    @Override
    public boolean configured() {
        return url.isPresent();
    }

    URI url() {
        return URI.create(url.orElseThrow());
    }

    String secret() {
        return secret.orElseThrow();
    }

    Duration timeout() {
        return timeout;
    }

    boolean signedAnswers() {
        return signedAnswers;
    }

    /** The wait after the {@code attempts}-th try without an answer. */
    Duration waitAfter(int attempts) {
        return Backoff.nth(retryFirst, retryLongest, Math.max(1, attempts));
    }
}
