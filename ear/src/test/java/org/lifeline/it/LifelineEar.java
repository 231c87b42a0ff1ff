package org.lifeline.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it: what users deploy is what the tests deploy. */
final class LifelineEar {

    private LifelineEar() {
    }

    static EnterpriseArchive packaged() {
        File ear = new File(System.getProperty("lifeline.ear", "target/lifeline.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
