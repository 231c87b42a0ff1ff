package org.lifeline.web.dev;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.shared.DevClock;

/**
 * Mints RS256 tokens with the development private key, as {@code config/dev/DevToken.java} does, for the console's
 * development sign-in. Only development servers have the key ({@code lifeline.dev.signing-key}); the pair is public,
 * and any other server refuses to deploy with it.
 */
@ApplicationScoped
public class DevTokenMinter {

    static final Duration LIFETIME = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "lifeline.dev.signing-key")
    Optional<String> keyFile;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "lifeline-dev")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "lifeline-dev")
    String audience;

    @EJB
    DevClock clock;

    private volatile PrivateKey key;

    /** Whether this server has the development key to mint with. */
    boolean available() {
        return keyFile.filter(file -> Files.isReadable(Path.of(file))).isPresent();
    }

    /**
     * Whether the console should offer the development sign-in: a development or test server (the one with clock
     * control, where {@code POST /api/v1/dev/tokens} exists) that has the key.
     */
    public boolean offered() {
        return clock.available() && available();
    }

    /** A token for {@code subject} with {@code roles}, for {@link #LIFETIME}. */
    String mint(String subject, List<String> roles) throws GeneralSecurityException, IOException {
        // the token verifier reads the real clock, not the development one a test may have moved
        Instant now = Instant.now();
        JsonArrayBuilder groups = JSON.createArrayBuilder();
        roles.forEach(groups::add);
        String payload = JSON.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", audience.split(",")[0].strip())
                .add("sub", subject)
                .add("upn", subject)
                .add("jti", UUID.randomUUID().toString())
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("groups", groups)
                .build()
                .toString();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"lifeline-dev\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(rsa.sign());
    }

    private PrivateKey key() throws GeneralSecurityException, IOException {
        PrivateKey loaded = key;
        if (loaded == null) {
            String pem = Files.readString(Path.of(keyFile.orElseThrow()), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            loaded = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            key = loaded;
        }
        return loaded;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
