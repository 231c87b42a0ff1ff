package org.lifeline.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A black-box test of the EAR exactly as the build packaged it, deployed on the provisioned server: what users deploy
 * is what the tests deploy. Tests talk to it through {@link #api} as any HTTP client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedEarTest {

    @ArquillianResource
    URL url;

    Api api;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        File ear = new File(System.getProperty("lifeline.ear", "target/lifeline.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    @BeforeEach
    void connect() {
        api = new Api(url);
    }
}
