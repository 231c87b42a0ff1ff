package org.lifeline.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that encrypt secrets at rest, from configuration and never from the database:
 * {@code lifeline.crypto.keys} lists {@code id:base64-of-32-bytes} pairs separated by commas, and
 * {@code lifeline.crypto.active-key} names the one new secrets are sealed with. Older keys stay listed until
 * nothing sealed with them remains. A server without them does not start.
 */
@ApplicationScoped
public class KeyRing {

    public static final String KEYS = "lifeline.crypto.keys";
    public static final String ACTIVE = "lifeline.crypto.active-key";

    public record Entry(String id, SecretKey key) {}

    @Inject
    @ConfigProperty(name = KEYS)
    Optional<String> configuredKeys;

    @Inject
    @ConfigProperty(name = ACTIVE)
    Optional<String> configuredActive;

    private Map<String, Entry> entries;
    private Entry active;

    @PostConstruct
    void load() {
        entries = parse(configuredKeys.orElseThrow(() -> new IllegalStateException(
                KEYS + " is not configured: give the server at least one 256-bit key (id:base64) to encrypt secrets")));
        String activeId = configuredActive.orElseThrow(() -> new IllegalStateException(
                ACTIVE + " is not configured: name the key of " + KEYS + " that encrypts new secrets"));
        active = activeOf(entries, activeId);
    }

    /** The key {@code activeId} names among {@code keys}; an {@link IllegalStateException} when it names none. */
    public static Entry activeOf(Map<String, Entry> keys, String activeId) {
        Entry named = keys.get(activeId);
        if (named == null) {
            throw new IllegalStateException(
                    ACTIVE + " (LIFELINE_CRYPTO_ACTIVE_KEY) names a key that " + KEYS + " does not list");
        }
        return named;
    }

    /** The keys of an {@code id:base64} list; an {@link IllegalStateException} says what is wrong with it. */
    public static Map<String, Entry> parse(String list) {
        Map<String, Entry> parsed = new LinkedHashMap<>();
        KeyList.parse(KEYS, list, null, size -> size == 32, "must be 32 bytes (AES-256)")
                .forEach((id, key) -> parsed.put(id, new Entry(id, new SecretKeySpec(key, "AES"))));
        return Map.copyOf(parsed);
    }

    public Entry active() {
        return active;
    }

    public Entry byId(String id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            throw new IllegalStateException("no key " + id + " in " + KEYS + ": a retired key is still in use");
        }
        return entry;
    }
}
