package org.lifeline.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.shared.SettingChecks;

/**
 * The compliance job's settings, typed and checked once, when the application starts (a bad value stops the
 * deployment with the key's name): the only place their defaults live. Every run gets all of them as job
 * parameters; the job XML and its artifacts have no defaults of their own.
 */
@ApplicationScoped
public class ComplianceSettings {

    static final String SCHEDULE = "lifeline.audit.schedule";
    static final String CHUNK_SIZE = "lifeline.audit.chunk-size";
    static final String PARTITIONS = "lifeline.audit.partitions";
    static final String BRUTE_FORCE_REFUSALS = "lifeline.audit.brute-force-refusals";
    static final String SPRAYING_ACCOUNTS = "lifeline.audit.spraying-accounts";
    static final String TOTP_RECENCY = "lifeline.audit.totp-recency";
    static final String RETENTION_BATCH = "lifeline.audit.retention-batch";
    static final String ABANDON_AFTER_FAILURES = "lifeline.audit.abandon-after-failures";

    @Inject
    @ConfigProperty(name = SCHEDULE, defaultValue = "0 2 * * *")
    String schedule;

    @Inject
    @ConfigProperty(name = CHUNK_SIZE, defaultValue = "500")
    int chunkSize;

    @Inject
    @ConfigProperty(name = PARTITIONS, defaultValue = "2")
    int partitions;

    @Inject
    @ConfigProperty(name = BRUTE_FORCE_REFUSALS, defaultValue = "10")
    int bruteForceRefusals;

    @Inject
    @ConfigProperty(name = SPRAYING_ACCOUNTS, defaultValue = "5")
    int sprayingAccounts;

    @Inject
    @ConfigProperty(name = TOTP_RECENCY, defaultValue = "PT24H")
    Duration totpRecency;

    @Inject
    @ConfigProperty(name = RETENTION_BATCH, defaultValue = "100")
    int retentionBatch;

    @Inject
    @ConfigProperty(name = ABANDON_AFTER_FAILURES, defaultValue = "3")
    int abandonAfterFailures;

    /** Checks the settings as the application starts, so that a bad one fails the deployment, not a run at 2 a.m. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        check();
    }

    void check() {
        try {
            CronSchedule.parse(schedule);
        } catch (RuntimeException e) {
            throw new IllegalStateException(SCHEDULE + ": " + e.getMessage(), e);
        }
        SettingChecks.positive(CHUNK_SIZE, chunkSize);
        SettingChecks.positive(PARTITIONS, partitions);
        SettingChecks.positive(BRUTE_FORCE_REFUSALS, bruteForceRefusals);
        SettingChecks.positive(RETENTION_BATCH, retentionBatch);
        SettingChecks.positive(ABANDON_AFTER_FAILURES, abandonAfterFailures);
        SettingChecks.positive(TOTP_RECENCY, totpRecency);
        if (sprayingAccounts < 2) {
            throw new IllegalStateException(SPRAYING_ACCOUNTS + " must be at least 2, is " + sprayingAccounts);
        }
    }

    /** When scheduled runs start: a five-field cron expression, in UTC. */
    public String schedule() {
        return schedule.strip();
    }

    public AttemptThresholds thresholds() {
        return new AttemptThresholds(bruteForceRefusals, sprayingAccounts, totpRecency);
    }

    /**
     * How many times in a row a run may fail before the next start without {@code since} (the schedule's) gives it
     * up and starts a new run, instead of restarting it once more: a failure a restart cannot mend must not stop
     * every later run.
     */
    public int abandonAfterFailures() {
        return abandonAfterFailures;
    }

    /** Every tunable of the job, as the job parameters a run starts with (a restart keeps its run's own). */
    public Properties asJobParameters() {
        Properties parameters = new Properties();
        parameters.setProperty("chunkSize", String.valueOf(chunkSize));
        parameters.setProperty("partitions", String.valueOf(partitions));
        parameters.setProperty("bruteForceRefusals", String.valueOf(bruteForceRefusals));
        parameters.setProperty("sprayingAccounts", String.valueOf(sprayingAccounts));
        parameters.setProperty("totpRecency", totpRecency.toString());
        parameters.setProperty("retentionBatch", String.valueOf(retentionBatch));
        return parameters;
    }
}
