package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.lifeline.it.LifelineApi.Activation;
import org.lifeline.it.LifelineApi.Credential;
import org.lifeline.it.LifelineApi.Enrollment;
import org.lifeline.it.LifelineApi.SecurityStatus;
import org.lifeline.it.LifelineApi.Verification;

/**
 * The README's first walk-through as a platform's Java back end does it: through the typed MicroProfile Rest Client
 * {@link LifelineApi}, problems caught as {@link LifelineProblem}, and every answer, right or wrong, checked against
 * the OpenAPI document the server serves. Any server that passes it serves the contract its document describes.
 */
final class TypedWalkThrough {

    private static final Pattern SHEET_CODE = Pattern.compile("(?m)^\\s*\\d+\\. (\\S+)$");

    /** Where to walk, and how to get tokens the server accepts. */
    interface TokenSource {

        String user(String accountId);

        String service();
    }

    private TypedWalkThrough() {}

    /** Walks it on {@code server} (its API port's base URL); fails on any answer the document does not allow. */
    static void walk(URL server, TokenSource tokens) throws Exception {
        try (LifelineClients clients = LifelineClients.of(server)) {
            walk(clients, tokens);
        }
    }

    private static void walk(LifelineClients clients, TokenSource tokens) throws Exception {
        String accountId = Tokens.newAccountId("typed");
        LifelineApi owner = clients.withToken(tokens.user(accountId));
        LifelineApi platform = clients.withToken(tokens.service());

        SecurityStatus fresh = owner.ownSecurity();
        assertEquals(accountId, fresh.accountId());
        assertEquals("NONE", fresh.authenticator().status());
        assertEquals(
                "not-found",
                assertThrows(LifelineProblem.class, owner::enrollmentQrCode).code());

        // 1. Enroll, 2. scan the QR code.
        Enrollment enrollment = owner.enroll();
        assertEquals(6, enrollment.digits());
        assertEquals(30, enrollment.period());
        assertTrue(enrollment.otpauthUri().contains("secret=" + enrollment.secret()), enrollment::toString);
        assertEquals(enrollment.otpauthUri(), scan(owner.enrollmentQrCode()));
        AuthenticatorApp app = new AuthenticatorApp(enrollment.secret());

        // 3. Confirm with a code of the previous step (the window holds it), leaving two later steps to use now.
        AuthenticatorApp.awaitStepWithAtLeast(10);
        long step = AuthenticatorApp.currentStep();
        LifelineProblem wrongFirst =
                assertThrows(LifelineProblem.class, () -> owner.confirm(Credential.totp(app.wrongCode())));
        assertEquals(422, wrongFirst.status());
        assertEquals("verification-failed", wrongFirst.code());
        Activation activation = owner.confirm(Credential.totp(app.codeAt(step - 1)));
        assertEquals("ACTIVE", activation.status());
        assertEquals(10, activation.recoveryCodes().size());

        // 4. At login the platform checks a code; a replayed one is refused like any wrong one.
        Verification login = platform.verifyAccount(accountId, Credential.totp(app.codeAt(step)));
        assertTrue(login.verified());
        assertEquals("TOTP", login.method());
        LifelineProblem replay =
                assertThrows(LifelineProblem.class, () -> owner.verifyOwn(Credential.totp(app.codeAt(step))));
        assertEquals("verification-failed", replay.code());

        // Recovery codes: one gets the owner in, and a new set is due.
        Verification byRecoveryCode = owner.verifyOwn(
                Credential.recoveryCode(activation.recoveryCodes().get(0)));
        assertEquals("RECOVERY_CODE", byRecoveryCode.method());
        assertEquals(9, byRecoveryCode.recoveryCodesRemaining());
        assertTrue(byRecoveryCode.mustRegenerate());
        SecurityStatus seen = platform.accountSecurity(accountId);
        assertEquals(9, seen.recoveryCodes().remaining());
        assertTrue(seen.recoveryCodes().mustRegenerate());
        String sheet = owner.regenerateRecoveryCodeSheet(Credential.totp(app.codeAt(step + 1)));
        List<String> newCodes = codesOf(sheet);
        assertEquals(10, newCodes.size(), sheet.length() + " characters, not ten codes");
        assertFalse(owner.ownSecurity().recoveryCodes().mustRegenerate());

        // Phone lost: frozen, TOTP refused; a recovery code removes the authenticator.
        assertEquals(
                "FROZEN",
                owner.reportLostDevice().getJsonObject("authenticator").getString("status"));
        owner.removeAuthenticator(Credential.recoveryCode(newCodes.get(0)));
        assertEquals("NONE", owner.ownSecurity().authenticator().status());

        // Problems a caller catches: no token, a role that does not reach, an account the caller may not see.
        assertEquals(
                401,
                assertThrows(
                                LifelineProblem.class,
                                () -> clients.withToken("not-a-token").ownSecurity())
                        .status());
        assertEquals(
                "forbidden",
                assertThrows(LifelineProblem.class, () -> owner.accountSecurity(accountId))
                        .code());

        List<String> checked = clients.conformance().checked();
        assertTrue(checked.size() >= 17, checked::toString);
        assertEquals(
                List.of(), clients.conformance().violations(), "answers that differ from the served OpenAPI document");
    }

    private static String scan(byte[] png) throws Exception {
        return new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png))))))
                .getText();
    }

    private static List<String> codesOf(String sheet) {
        Matcher matcher = SHEET_CODE.matcher(sheet);
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
