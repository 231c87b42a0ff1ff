package org.lifeline.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Loads the key ring while the application deploys, so a server without encryption keys fails at once and says
 * why, instead of at the first enrollment.
 */
@Startup
@Singleton
public class CryptoReadiness {

    @Inject
    KeyRing keys;

    @PostConstruct
    void checkKeys() {
        keys.active();
    }
}
