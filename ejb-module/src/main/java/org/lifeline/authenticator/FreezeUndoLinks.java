package org.lifeline.authenticator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.lifeline.crypto.DigestKeys;
import org.lifeline.crypto.DigestKeys.Purpose;
import org.lifeline.crypto.Secrets;
import org.lifeline.notification.FreezeLinks;

/**
 * Undo tokens of lost-device freezes: 256 random bits, stored as their keyed digest, valid for a week and used at
 * most once, and only together with a right code of the frozen app (the token alone lifts nothing: it proves the
 * mailbox, the code proves the phone).
 */
@ApplicationScoped
public class FreezeUndoLinks implements FreezeLinks {

    static final String SCOPE = "authenticator-freeze-undo";

    /** How long the owner has to undo a freeze from its notification. */
    static final Duration VALIDITY = Duration.ofDays(7);

    @Inject
    FreezeUndoTokenRepository tokens;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    DigestKeys keys;

    @Inject
    Clock clock;

    @Override
    public Optional<String> undoTokenFor(String authenticatorId) {
        Authenticator authenticator = authenticators.find(authenticatorId);
        if (authenticator == null || authenticator.status() != AuthenticatorStatus.FROZEN) {
            return Optional.empty();
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.random(32));
        tokens.add(new FreezeUndoToken(
                keys.of(Purpose.UNDO_TOKEN, SCOPE, token),
                authenticatorId,
                authenticator.accountId(),
                clock.instant().plus(VALIDITY)));
        return Optional.of(token);
    }

    /** The live token, unused and unexpired; empty for anything else, a malformed token included. */
    Optional<FreezeUndoToken> find(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return tokens.findLive(keys.candidates(Purpose.UNDO_TOKEN, SCOPE, token.strip()), now);
    }

    /** Uses the token once; false when another request used it first. */
    boolean use(String token, Instant now) {
        return tokens.use(keys.candidates(Purpose.UNDO_TOKEN, SCOPE, token.strip()), now);
    }
}
