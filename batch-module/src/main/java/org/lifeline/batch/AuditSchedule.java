package org.lifeline.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.lifeline.compliance.AuditRunService;
import org.lifeline.compliance.ComplianceSettings;
import org.lifeline.compliance.CronSchedule;
import org.lifeline.shared.ConflictException;

/**
 * Starts a compliance run on the schedule {@code lifeline.audit.schedule} (cron, UTC; default daily 02:00). The
 * timer is persistent: in the database timer store on a single server (it survives restarts, and a tick missed while
 * the server was down fires once after it starts), in WildFly's distributable timer service on a cluster (one member
 * fires each tick; the timer moves to another member when its owner dies). Either way there is one schedule for the
 * whole deployment. Re-created only when the configured schedule changed. A run a crash cut off is restarted from its
 * checkpoints by the compliance module's run watch, on this node or another.
 */
@Singleton
@Startup
public class AuditSchedule {

    static final String TIMER_INFO = "lifeline-security-audit";
    private static final Logger LOG = Logger.getLogger(AuditSchedule.class.getName());

    @Resource
    TimerService timers;

    @EJB
    AuditRunService runs;

    @Inject
    ComplianceSettings settings;

    @PostConstruct
    void install() {
        String schedule = settings.schedule();
        ScheduleExpression wanted = CronSchedule.parse(schedule);
        String info = TIMER_INFO + " " + schedule;
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo())) {
                present = true;
            } else if (timer.getInfo() != null && timer.getInfo().toString().startsWith(TIMER_INFO)) {
                timer.cancel();
            }
        }
        if (!present) {
            timers.createCalendarTimer(wanted, new TimerConfig(info, true));
            LOG.info(() -> "compliance runs scheduled: " + schedule + " (UTC)");
        }
    }

    @Timeout
    void runNow(Timer timer) {
        try {
            long runId = runs.start(null).runId();
            LOG.info(() -> "scheduled compliance run " + runId + " started");
        } catch (ConflictException alreadyRunning) {
            LOG.info("scheduled compliance run skipped: a run is in progress");
        }
    }
}
