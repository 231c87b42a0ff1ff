package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.shared.SettingChecks;

/**
 * The security-reset settings, typed and checked once, when the application starts (a bad value stops the deployment
 * with the key's name): the only place their defaults live.
 */
@ApplicationScoped
public class RecoveryCaseSettings {

    static final String UNATTENDED_EXPIRY = "lifeline.recovery-cases.unattended-expiry";
    static final String WAITING_PERIOD = "lifeline.recovery-cases.waiting-period";
    static final String WAITING_PERIOD_HIGH_RISK = "lifeline.recovery-cases.waiting-period-high-risk";
    static final String HOLD = "lifeline.recovery-cases.hold";
    static final String EVIDENCE_MAX_BYTES = "lifeline.recovery-cases.evidence-max-bytes";
    static final String EVIDENCE_MAX_FILES = "lifeline.recovery-cases.evidence-max-files";
    static final String EVIDENCE_RETENTION = "lifeline.recovery-cases.evidence-retention";

    @Inject
    @ConfigProperty(name = UNATTENDED_EXPIRY, defaultValue = "P14D")
    Duration unattendedExpiry;

    @Inject
    @ConfigProperty(name = WAITING_PERIOD, defaultValue = "PT48H")
    Duration waitingPeriod;

    @Inject
    @ConfigProperty(name = WAITING_PERIOD_HIGH_RISK, defaultValue = "PT72H")
    Duration waitingPeriodHighRisk;

    @Inject
    @ConfigProperty(name = HOLD, defaultValue = "PT48H")
    Duration hold;

    @Inject
    @ConfigProperty(name = EVIDENCE_MAX_BYTES, defaultValue = "10485760")
    long evidenceMaxBytes;

    @Inject
    @ConfigProperty(name = EVIDENCE_MAX_FILES, defaultValue = "10")
    int evidenceMaxFiles;

    @Inject
    @ConfigProperty(name = EVIDENCE_RETENTION, defaultValue = "P30D")
    Duration evidenceRetention;

    /** Checks the settings as the application starts. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        check();
    }

    void check() {
        SettingChecks.positive(UNATTENDED_EXPIRY, unattendedExpiry);
        SettingChecks.positive(WAITING_PERIOD, waitingPeriod);
        SettingChecks.positive(WAITING_PERIOD_HIGH_RISK, waitingPeriodHighRisk);
        SettingChecks.positive(HOLD, hold);
        SettingChecks.positive(EVIDENCE_RETENTION, evidenceRetention);
        SettingChecks.positive(EVIDENCE_MAX_BYTES, evidenceMaxBytes);
        SettingChecks.positive(EVIDENCE_MAX_FILES, evidenceMaxFiles);
        if (waitingPeriodHighRisk.compareTo(waitingPeriod) < 0) {
            throw new IllegalStateException(WAITING_PERIOD_HIGH_RISK + " must be at least " + WAITING_PERIOD + " ("
                    + waitingPeriod + "), is " + waitingPeriodHighRisk);
        }
    }

    /** How long a case may wait for its owner's evidence or submission before it expires. */
    public Duration unattendedExpiry() {
        return unattendedExpiry;
    }

    /** How long an approved reset waits before it takes effect (the owner can still cancel it). */
    public Duration waitingPeriod(boolean highRisk) {
        return highRisk ? waitingPeriodHighRisk : waitingPeriod;
    }

    /** How long sensitive actions stay held after a reset took effect. */
    public Duration hold() {
        return hold;
    }

    public long evidenceMaxBytes() {
        return evidenceMaxBytes;
    }

    public int evidenceMaxFiles() {
        return evidenceMaxFiles;
    }

    /** How long evidence of a closed case is kept. */
    public Duration evidenceRetention() {
        return evidenceRetention;
    }
}
