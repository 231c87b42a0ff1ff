package org.lifeline.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Loads the key ring and the recovery-code pepper while the application deploys, so a server without them fails at
 * once and says why, instead of at the first enrollment.
 */
@Startup
@Singleton
public class CryptoReadiness {

    @Inject
    KeyRing keys;

    @Inject
    CodeDigest codeDigest;

    @PostConstruct
    void checkKeys() {
        keys.active();
        codeDigest.of("startup", "check");
    }
}
