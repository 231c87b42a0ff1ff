package org.lifeline.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys of the server's keyed digests and seals: recovery codes, the cancel and undo links' tokens, the trail's
 * checkpoint seals and its seal. Each server secret gives one key per {@link Purpose} (HKDF-SHA256 with the purpose's
 * fixed label, never an account id), so a digest of one purpose never stands for another. Every digest and seal is
 * stored with the id of the key that made it.
 *
 * <p>The pepper is always the key {@code pepper}. {@code lifeline.digest.keys} lists more ({@code id:base64} of at
 * least 32 bytes, comma separated) and {@code lifeline.digest.active-key} names the one new digests and seals are made
 * with ({@code pepper} when unset): rotation is adding a key and making it active, while the older ones stay listed
 * for what was made with them. Codes carry 120 random bits, so a fast keyed hash is enough (NIST SP 800-63B allows it
 * from 112 bits) and a check stays one indexed lookup over the few keys there are: no slow hash to turn into a denial
 * of service.
 */
@ApplicationScoped
public class DigestKeys {

    public static final String KEYS = "lifeline.digest.keys";
    public static final String ACTIVE = "lifeline.digest.active-key";
    public static final String PEPPER_ID = "pepper";

    /** What a key is for; the label is HKDF's info, fixed forever for the purpose. */
    public enum Purpose {
        RECOVERY_CODE("lifeline/v1/recovery-code-digest"),
        CANCEL_TOKEN("lifeline/v1/case-cancel-token-digest"),
        UNDO_TOKEN("lifeline/v1/freeze-undo-token-digest"),
        CHECKPOINT_SEAL("lifeline/v1/audit-checkpoint-seal"),
        TRAIL_SEAL("lifeline/v1/audit-trail-seal");

        private final String label;

        Purpose(String label) {
            this.label = label;
        }
    }

    /** A digest or seal (64 hex characters) and the id of the key that made it; null for the pepper's old scheme. */
    public record Keyed(String keyId, String hex) {}

    @Inject
    @ConfigProperty(name = KEYS)
    Optional<String> configuredKeys;

    @Inject
    @ConfigProperty(name = ACTIVE)
    Optional<String> configuredActive;

    @Inject
    PepperedDigest pepper;

    /** Per key id (the active one first), per purpose, the derived HMAC key. */
    private Map<String, Map<Purpose, SecretKeySpec>> keys;

    private String active;

    /** Reads and checks the keys as the application starts: a bad list stops the deployment, naming the key. */
    void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        activeId();
    }

    @PostConstruct
    void load() {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        secrets.put(PEPPER_ID, pepper.pepper());
        secrets.putAll(parse(configuredKeys.orElse("")));
        active = configuredActive.map(String::strip).orElse(PEPPER_ID);
        if (!secrets.containsKey(active)) {
            throw new IllegalStateException(ACTIVE + " names a key that " + KEYS + " does not list");
        }
        Map<String, Map<Purpose, SecretKeySpec>> derived = new LinkedHashMap<>();
        derived.put(active, derive(secrets.get(active)));
        secrets.forEach((id, secret) -> derived.putIfAbsent(id, derive(secret)));
        keys = derived;
    }

    /** The keys of an {@code id:base64} list (empty for a blank one); an exception says what is wrong with it. */
    public static Map<String, byte[]> parse(String list) {
        return list.isBlank()
                ? new LinkedHashMap<>()
                : KeyList.parse(KEYS, list, PEPPER_ID, size -> size >= 32, "must be at least 32 bytes");
    }

    private static Map<Purpose, SecretKeySpec> derive(byte[] secret) {
        Map<Purpose, SecretKeySpec> perPurpose = new EnumMap<>(Purpose.class);
        for (Purpose purpose : Purpose.values()) {
            perPurpose.put(purpose, new SecretKeySpec(Hkdf.derive(secret, purpose.label), "HmacSHA256"));
        }
        return perPurpose;
    }

    /** The id of the key new digests and seals are made with. */
    public String activeId() {
        return active;
    }

    /** The digest of {@code value} within {@code scope} for {@code purpose}, under the active key. */
    public Keyed of(Purpose purpose, String scope, String value) {
        return new Keyed(active, PepperedDigest.hmac(keys.get(active).get(purpose), scope, value));
    }

    /**
     * The digests {@code value} may be stored as, one per key (the active one first) and the old scheme's last: a
     * lookup matches any of them, so a rotation never strands what an older key made. Always as many as there are
     * keys, whatever the value, so every lookup does the same work.
     */
    public List<String> candidates(Purpose purpose, String scope, String value) {
        List<String> all = new ArrayList<>(keys.size() + 1);
        keys.values().forEach(perPurpose -> all.add(PepperedDigest.hmac(perPurpose.get(purpose), scope, value)));
        all.add(pepper.of(scope, value));
        return all;
    }

    /**
     * Whether {@code stored} is the seal of {@code value} within {@code scope} under the key it names ({@code keyId},
     * null for the old scheme); false for a key no longer listed. Compared in constant time.
     */
    public boolean holds(Purpose purpose, String keyId, String scope, String value, String stored) {
        if (stored == null) {
            return false;
        }
        String expected;
        if (keyId == null) {
            expected = pepper.of(scope, value);
        } else if (keys.containsKey(keyId)) {
            expected = PepperedDigest.hmac(keys.get(keyId).get(purpose), scope, value);
        } else {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }
}
