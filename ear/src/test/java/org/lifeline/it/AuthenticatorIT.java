package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;
import static org.lifeline.it.Flows.code;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enrollment as a person does it with a phone: enroll, scan, confirm; then remove, freeze, enroll again. */
class AuthenticatorIT extends DeployedEarTest {

    private String account;
    private String user;

    @BeforeEach
    void accounts() {
        account = Tokens.newAccountId("enroll");
        user = Tokens.mint(account, account + "@example.org", "user");
    }

    @Test
    void enrollmentGivesASecretAndAKeyUriThatTheQrCodeCarries() throws Exception {
        Api.Reply enrolled = api.post("/api/v1/me/authenticator", user, "{\"label\":\"Work phone\"}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        assertTrue(enrolled.header("Cache-Control").orElse("").contains("no-store"));
        JsonObject enrollment = enrolled.json();
        String secret = enrollment.getString("secret");
        assertTrue(secret.matches("[A-Z2-7]{32}"), "160 bits in Base32: " + secret.length());
        assertEquals("SHA1", enrollment.getString("algorithm"));
        assertEquals(6, enrollment.getInt("digits"));
        assertEquals(30, enrollment.getInt("period"));
        assertEquals(
                "otpauth://totp/Lifeline:Work%20phone?secret=" + secret
                        + "&issuer=Lifeline&algorithm=SHA1&digits=6&period=30",
                enrollment.getString("otpauthUri"));
        assertFalse(enrollment.getString("enrollmentId").isBlank());
        assertTrue(enrollment.getString("expiresAt").endsWith("Z"));

        HttpResponse<byte[]> png = api.raw(api.request("/api/v1/me/authenticator/qr", user)
                .header("Accept", "image/png")
                .GET());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        String decoded = new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(
                        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.body()))))))
                .getText();
        assertEquals(enrollment.getString("otpauthUri"), decoded);

        Api.Reply svg = api.send(api.request("/api/v1/me/authenticator/qr", user)
                .header("Accept", "image/svg+xml")
                .GET());
        assertEquals(200, svg.status());
        assertTrue(svg.contentType().startsWith("image/svg+xml"));
        assertTrue(svg.body().startsWith("<svg"));

        assertEquals("PENDING", status());
        assertEquals("PENDING", Database.string("SELECT status FROM authenticator WHERE account_id = ?", account));
    }

    /**
     * The QR code carries the secret: it is served for the enrollment the Location names (a replaced one shows
     * nothing), and every read is on the trail.
     */
    @Test
    void theQrCodeIsServedForItsEnrollmentAndEveryReadIsAudited() {
        Api.Reply first = api.post("/api/v1/me/authenticator", user, "{}");
        assertEquals(201, first.status(), first::toString);
        String firstId = first.json().getString("enrollmentId");
        String location = first.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/me/authenticator/qr?enrollmentId=" + firstId), location);
        String qr = location.substring(location.indexOf("/api/v1/"));
        assertEquals(
                200,
                api.raw(api.request(qr, user).header("Accept", "image/png").GET())
                        .statusCode());
        assertEquals(
                200,
                api.send(api.request(qr, user).header("Accept", "image/svg+xml").GET())
                        .status());
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = 'AUTHENTICATOR_SECRET_SHOWN'"
                                + " AND details LIKE ? AND details LIKE '%PNG%'",
                        account, "%" + firstId + "%"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = 'AUTHENTICATOR_SECRET_SHOWN'"
                                + " AND details LIKE '%SVG%'",
                        account));

        Api.Reply second = api.post("/api/v1/me/authenticator", user, "{}");
        assertEquals(201, second.status(), second::toString);
        assertEquals(
                404,
                api.raw(api.request(qr, user).header("Accept", "image/png").GET())
                        .statusCode(),
                "the replaced enrollment's QR code is gone");
        assertEquals(
                404,
                api.raw(api.request("/api/v1/me/authenticator/qr?enrollmentId=nonsense", user)
                                .header("Accept", "image/png")
                                .GET())
                        .statusCode());
        assertEquals(
                2,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = 'AUTHENTICATOR_SECRET_SHOWN'",
                        account),
                "a refused read shows nothing and records nothing");
    }

    @Test
    void theSecretIsStoredEncrypted() {
        AuthenticatorApp app = Flows.enroll(api, user);
        String stored = Database.string("SELECT secret FROM authenticator WHERE account_id = ?", account);
        assertFalse(stored.contains(app.base32Secret()));
        String keyId = stored.substring(0, stored.indexOf(':'));
        assertEquals("dev-1", keyId);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(keyId.length() + 1));
        assertEquals(12 + 20 + 16, sealed.length, "nonce, 160-bit secret, GCM tag");
        byte[] plain = new Base32().decode(app.base32Secret());
        for (int i = 0; i + plain.length <= sealed.length; i++) {
            byte[] window = Arrays.copyOfRange(sealed, i, i + plain.length);
            assertFalse(Arrays.equals(plain, window), "plaintext secret inside the stored value");
        }
    }

    @Test
    void nothingIsActiveBeforeAValidFirstCode() {
        AuthenticatorApp app = Flows.enroll(api, user);
        Api.Reply wrong = api.post("/api/v1/me/authenticator/confirm", user, code(app.wrongCode()));
        assertEquals(422, wrong.status(), wrong::toString);
        assertProblem(wrong, "verification-failed");
        assertEquals("PENDING", Database.string("SELECT status FROM authenticator WHERE account_id = ?", account));

        // A pending authenticator's codes verify nothing.
        Api.Reply early = api.post("/api/v1/me/verifications", user, code(app.currentCode()));
        assertEquals(422, early.status(), early::toString);

        AuthenticatorApp.awaitStepWithAtLeast(5);
        Api.Reply confirmed = api.post("/api/v1/me/authenticator/confirm", user, code(app.currentCode()));
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("ACTIVE", confirmed.json().getString("status"));
        assertEquals(10, confirmed.json().getJsonArray("recoveryCodes").size());
        assertEquals("ACTIVE", status());
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'AUTHENTICATOR_CONFIRMED'",
                        account));
    }

    @Test
    void confirmingWithoutAnEnrollmentIs404AndEnrollingTwiceIs409() {
        Api.Reply nothing = api.post("/api/v1/me/authenticator/confirm", user, code("123456"));
        assertEquals(404, nothing.status(), nothing::toString);
        assertProblem(nothing, "not-found");
        Api.Reply noQr = api.send(api.request("/api/v1/me/authenticator/qr", user)
                .header("Accept", "image/png")
                .GET());
        assertEquals(404, noQr.status(), noQr::toString);
        assertProblem(noQr, "not-found");

        AuthenticatorApp.awaitStepWithAtLeast(5);
        Flows.enrollAndConfirm(api, user, AuthenticatorApp.currentStep());
        Api.Reply again = api.post("/api/v1/me/authenticator", user, "{}");
        assertEquals(409, again.status(), again::toString);
        assertProblem(again, "conflict");
    }

    @Test
    void reEnrollingReplacesAPendingSecretEntirely() {
        AuthenticatorApp first = Flows.enroll(api, user);
        AuthenticatorApp second = Flows.enroll(api, user);
        assertNotEquals(first.base32Secret(), second.base32Secret());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM authenticator WHERE account_id = ?", account));
        AuthenticatorApp.awaitStepWithAtLeast(5);
        assertEquals(
                422,
                api.post("/api/v1/me/authenticator/confirm", user, code(first.currentCode()))
                        .status());
        assertEquals(
                200,
                api.post("/api/v1/me/authenticator/confirm", user, code(second.currentCode()))
                        .status());
    }

    @Test
    void removingNeedsAValidCode() {
        AuthenticatorApp.awaitStepWithAtLeast(8);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = Flows.enrollAndConfirm(api, user, step - 1);

        Api.Reply wrong = api.send(api.request("/api/v1/me/authenticator", user)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(code(app.wrongCode()))));
        assertEquals(422, wrong.status(), wrong::toString);
        assertEquals("ACTIVE", status());

        Api.Reply removed = api.send(api.request("/api/v1/me/authenticator", user)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(code(app.codeAt(step)))));
        assertEquals(204, removed.status(), removed::toString);
        assertEquals("NONE", status());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM authenticator WHERE account_id = ?", account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'AUTHENTICATOR_REMOVED'",
                        account));

        // The old secret is dead; a new enrollment has a new one.
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", user, code(app.codeAt(step + 1)))
                        .status());
        assertNotEquals(app.base32Secret(), Flows.enroll(api, user).base32Secret());
    }

    @Test
    void aLostDeviceFreezesTheAuthenticator() {
        AuthenticatorApp.awaitStepWithAtLeast(8);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = Flows.enrollAndConfirm(api, user, step - 1);

        Api.Reply frozen = api.post("/api/v1/me/lost-device", user, "");
        assertEquals(200, frozen.status(), frozen::toString);
        assertEquals("FROZEN", frozen.json().getJsonObject("authenticator").getString("status"));
        assertEquals("FROZEN", status());

        Api.Reply refused = api.post("/api/v1/me/verifications", user, code(app.codeAt(step)));
        assertEquals(422, refused.status(), refused::toString);
        assertProblem(refused, "verification-failed");
        // the owner's right code is refused but is no guess: no failure counted; a wrong one and a replay are
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?"
                                + " AND reason = 'FROZEN' AND outcome = 'REFUSED'",
                        account));
        assertEquals(
                "0", Database.string("SELECT consecutive_failures FROM failure_budget WHERE account_id = ?", account));
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", user, code(app.codeAt(step)))
                        .status());
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", user, code(app.wrongCode()))
                        .status());
        assertEquals(
                2,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?"
                                + " AND reason = 'FROZEN' AND outcome = 'FAILURE'",
                        account));
        assertEquals(
                "2", Database.string("SELECT consecutive_failures FROM failure_budget WHERE account_id = ?", account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'AUTHENTICATOR_FROZEN'",
                        account));
        assertEquals(409, api.post("/api/v1/me/authenticator", user, "{}").status());
    }

    @Test
    void anEnrollmentBodyIsOptionalAndItsLabelChecked() {
        Api.Reply bare =
                api.send(api.request("/api/v1/me/authenticator", user).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, bare.status(), bare::toString);
        // Without a label the app shows the contact address.
        assertTrue(bare.json().getString("otpauthUri").contains(":" + account + "%40example.org?"), bare::toString);
        Api.Reply colon = api.post("/api/v1/me/authenticator", user, "{\"label\":\"a:b\"}");
        assertEquals(400, colon.status(), colon::toString);
        Api.Reply longLabel = api.post("/api/v1/me/authenticator", user, "{\"label\":\"" + "x".repeat(65) + "\"}");
        assertEquals(400, longLabel.status(), longLabel::toString);
    }

    private String status() {
        Api.Reply status = api.get("/api/v1/me/security", user);
        assertEquals(200, status.status(), status::toString);
        return status.json().getJsonObject("authenticator").getString("status");
    }
}
