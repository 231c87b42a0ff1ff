package org.lifeline.dev;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 tokens signed with the development key, for the run server and the tests. Never for production:
 * the key beside this file is public.
 *
 * <pre>java config/dev/DevToken.java SUBJECT ROLE[,ROLE...] [--email ADDRESS] [--ttl SECONDS] [--audience AUD]
 *     [--claim NAME=VALUE]...</pre>
 *
 * The key is read from {@code config/dev/private-key.pem} below the working directory, or from the file named by
 * the environment variable {@code LIFELINE_DEV_KEY}.
 */
public final class DevToken {

    public static final String ISSUER = "lifeline-dev";

    /** The audience the run and test servers expect ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "lifeline-dev";

    private final PrivateKey key;
    private final String issuer;

    public DevToken(Path privateKeyPem) throws IOException, GeneralSecurityException {
        this(privateKeyPem, ISSUER);
    }

    /** A minter for another identity provider: its own key (PKCS#8 PEM) and issuer. */
    public DevToken(Path privateKeyPem, String issuer) throws IOException, GeneralSecurityException {
        this.issuer = issuer;
        String pem = Files.readString(privateKeyPem, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    /** A token for {@code subject} with {@code roles}, valid for {@code ttl}; {@code email} may be null. */
    public String mint(String subject, List<String> roles, String email, Duration ttl) throws GeneralSecurityException {
        return mint(subject, roles, email, ttl, AUDIENCE);
    }

    /** The same for another {@code audience}, or none when it is null. */
    public String mint(String subject, List<String> roles, String email, Duration ttl, String audience)
            throws GeneralSecurityException {
        return mint(subject, roles, email, ttl, audience, Map.of());
    }

    /** The same with string {@code claims} besides, such as the account claim of a staff token. */
    public String mint(
            String subject, List<String> roles, String email, Duration ttl, String audience, Map<String, String> claims)
            throws GeneralSecurityException {
        Instant now = Instant.now();
        StringBuilder payload = new StringBuilder("{")
                .append("\"iss\":").append(quote(issuer));
        if (audience != null) {
            payload.append(",\"aud\":").append(quote(audience));
        }
        payload.append(",\"sub\":").append(quote(subject))
                .append(",\"upn\":").append(quote(subject))
                .append(",\"jti\":").append(quote(UUID.randomUUID().toString()))
                .append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(ttl).getEpochSecond())
                .append(",\"groups\":[");
        for (int i = 0; i < roles.size(); i++) {
            payload.append(i == 0 ? "" : ",").append(quote(roles.get(i)));
        }
        payload.append(']');
        if (email != null) {
            payload.append(",\"email\":").append(quote(email));
        }
        claims.forEach((name, value) -> payload.append(',').append(quote(name)).append(':').append(quote(value)));
        payload.append('}');
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"lifeline-dev\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.toString().getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + base64Url(rsa.sign());
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        String email = null;
        long ttlSeconds = 3600;
        String audience = AUDIENCE;
        Map<String, String> claims = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--email" -> email = args[++i];
                case "--ttl" -> ttlSeconds = Long.parseLong(args[++i]);
                case "--audience" -> audience = args[++i];
                case "--claim" -> {
                    String[] claim = args[++i].split("=", 2);
                    claims.put(claim[0], claim.length == 2 ? claim[1] : "");
                }
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            System.err.println("usage: java config/dev/DevToken.java SUBJECT ROLE[,ROLE...] [--email ADDRESS]"
                    + " [--ttl SECONDS] [--audience AUD] [--claim NAME=VALUE]...");
            System.exit(2);
        }
        String keyFile = System.getenv().getOrDefault("LIFELINE_DEV_KEY", "config/dev/private-key.pem");
        DevToken tokens = new DevToken(Path.of(keyFile));
        System.out.println(tokens.mint(positional.get(0), List.of(positional.get(1).split(",")), email,
                Duration.ofSeconds(ttlSeconds), audience, claims));
    }
}
