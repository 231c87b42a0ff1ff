package org.lifeline.web.dev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a development server, says once where the API listens and how to get a token for it, so the first command a
 * newcomer types after starting the run server is the right one.
 */
@ApplicationScoped
public class DevelopmentBanner {

    private static final Logger LOG = Logger.getLogger(DevelopmentBanner.class.getName());

    @Inject
    @ConfigProperty(name = "lifeline.development", defaultValue = "false")
    boolean development;

    void started(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!development) {
            return;
        }
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "localhost");
        int http = Integer.getInteger("jboss.http.port", 8080) + offset;
        int management = Integer.getInteger("jboss.management.http.port", 9990) + offset;
        LOG.info(String.format(
                "Lifeline development server: API http://%1$s:%2$d/api/v1, OpenAPI"
                        + " http://%1$s:%2$d/openapi, health http://%1$s:%3$d/health/ready. A token for it:"
                        + " java config/dev/DevToken.java alice user",
                host, http, management));
    }
}
