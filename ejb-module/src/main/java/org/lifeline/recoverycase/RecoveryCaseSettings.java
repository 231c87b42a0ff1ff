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
    static final String QUOTA_PERIOD = "lifeline.recovery-cases.quota-period";
    static final String CASES_PER_PERIOD = "lifeline.recovery-cases.cases-per-period";
    static final String EVIDENCE_BYTES_PER_PERIOD = "lifeline.recovery-cases.evidence-bytes-per-period";
    static final String MAX_OWNERSHIP_CLAIMS = "lifeline.recovery-cases.max-ownership-claims";
    static final String FACTOR_USE_WINDOW = "lifeline.recovery-cases.factor-use-window";

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

    @Inject
    @ConfigProperty(name = QUOTA_PERIOD, defaultValue = "P30D")
    Duration quotaPeriod;

    @Inject
    @ConfigProperty(name = CASES_PER_PERIOD, defaultValue = "3")
    int casesPerPeriod;

    @Inject
    @ConfigProperty(name = EVIDENCE_BYTES_PER_PERIOD, defaultValue = "209715200")
    long evidenceBytesPerPeriod;

    @Inject
    @ConfigProperty(name = MAX_OWNERSHIP_CLAIMS, defaultValue = "10")
    int maxOwnershipClaims;

    @Inject
    @ConfigProperty(name = FACTOR_USE_WINDOW, defaultValue = "P7D")
    Duration factorUseWindow;

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
        SettingChecks.positive(QUOTA_PERIOD, quotaPeriod);
        SettingChecks.positive(CASES_PER_PERIOD, casesPerPeriod);
        SettingChecks.positive(MAX_OWNERSHIP_CLAIMS, maxOwnershipClaims);
        SettingChecks.positive(FACTOR_USE_WINDOW, factorUseWindow);
        if (evidenceBytesPerPeriod < evidenceMaxBytes) {
            throw new IllegalStateException(EVIDENCE_BYTES_PER_PERIOD + " must be at least " + EVIDENCE_MAX_BYTES + " ("
                    + evidenceMaxBytes + "), is " + evidenceBytesPerPeriod);
        }
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

    /** The period over which an account's cases and evidence bytes are counted against its allowance. */
    public Duration quotaPeriod() {
        return quotaPeriod;
    }

    /** The quota period as people read it: "30 days", or the ISO-8601 duration when it is not whole days. */
    public String quotaPeriodInWords() {
        long days = quotaPeriod.toDays();
        return quotaPeriod.equals(Duration.ofDays(days))
                ? days + (days == 1 ? " day" : " days")
                : quotaPeriod.toString();
    }

    /** Cases an account may open in one quota period. */
    public int casesPerPeriod() {
        return casesPerPeriod;
    }

    /** Evidence bytes an account may send in one quota period, over all its cases, purged files included. */
    public long evidenceBytesPerPeriod() {
        return evidenceBytesPerPeriod;
    }

    /** Ownership claims a case takes. */
    public int maxOwnershipClaims() {
        return maxOwnershipClaims;
    }

    /**
     * How long before a case was opened an accepted code still counts as the factor used recently ({@link
     * RiskSignal#FACTOR_USED_RECENTLY}); any accepted since counts too.
     */
    public Duration factorUseWindow() {
        return factorUseWindow;
    }
}
