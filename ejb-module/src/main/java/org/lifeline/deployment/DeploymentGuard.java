package org.lifeline.deployment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to deploy the application, with one log line per problem, when a required setting is missing or
 * malformed, or when a server that is not a development server was given public development values. Runs while the
 * application deploys, so a misconfigured server fails at once instead of at the first request.
 */
@Startup
@Singleton
public class DeploymentGuard {

    private static final Logger LOG = Logger.getLogger(DeploymentGuard.class.getName());

    @PostConstruct
    void review() {
        DeploymentSettings settings = DeploymentSettings.from(ConfigProvider.getConfig());
        List<String> problems = SettingsReview.problems(settings);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.severe("Lifeline cannot deploy: " + problem));
            throw new IllegalStateException("Lifeline refuses to deploy, " + problems.size()
                    + (problems.size() == 1 ? " setting needs" : " settings need") + " attention: "
                    + String.join("; ", problems));
        }
        if (settings.development()) {
            LOG.warning("This is a development server (" + DeploymentSettings.DEVELOPMENT + "=true): it accepts the"
                    + " public development keys" + (settings.clockControl() ? " and lets an admin move its clock" : "")
                    + ". Never use it in production.");
        }
    }
}
