package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.lifeline.it.Flows.code;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Security notifications through the outbox: by SMTP to a real mail server, and to a signed webhook. */
class NotificationsIT extends DeployedEarTest {

    private static final int SMTP_PORT = Integer.getInteger("lifeline.test.smtp.port", 3025);
    private static final String WEBHOOK_SECRET = "test-webhook-secret";

    private static GreenMail smtp;
    private static WebhookReceiver webhook;

    private String account;
    private String email;
    private String user;

    @BeforeAll
    static void receivers() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        webhook = new WebhookReceiver(Integer.getInteger("lifeline.test.webhook.port", 18089));
    }

    @AfterAll
    static void stopReceivers() {
        smtp.stop();
        webhook.close();
    }

    @BeforeEach
    void owner() {
        account = Tokens.newAccountId("notify");
        email = account + "@example.org";
        user = Tokens.mint(account, email, "user");
    }

    @Test
    void enrollingSendsAnEmailAndASignedWebhook() throws Exception {
        AuthenticatorApp.awaitStepWithAtLeast(5);
        AuthenticatorApp app = Flows.enrollAndConfirm(api, user, AuthenticatorApp.currentStep());

        MimeMessage mail = awaitMail("An authenticator app was linked to your account");
        assertEquals(email, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        String body = GreenMailUtil.getBody(mail);
        assertFalse(body.contains(app.base32Secret()));
        assertTrue(body.contains("never asks for a code"));

        WebhookReceiver.Call call = awaitWebhook("AUTHENTICATOR_ENROLLED");
        JsonObject payload = json(call.body());
        assertEquals(account, payload.getString("accountId"));
        assertEquals(call.notificationId(), payload.getString("id"));
        assertValidSignature(call);
        // a try is recorded after it is sent (the outbox claims, sends, then records): the mail and the webhook call
        // may arrive before their records commit
        String sent = "SELECT COUNT(*) FROM notification WHERE account_id = ?"
                + " AND type = 'AUTHENTICATOR_ENROLLED' AND status = 'SENT'";
        await(() -> Database.count(sent, account) == 2, "both deliveries recorded as sent");
        assertEquals(2, Database.count(sent, account));
        assertEquals(
                2,
                Database.count(
                        "SELECT COUNT(*) FROM notification n JOIN audit_event e ON e.chain_id = n.account_id"
                                + " AND e.sequence_no = n.event_sequence WHERE n.account_id = ?"
                                + " AND n.type = 'AUTHENTICATOR_ENROLLED' AND e.event_type = 'AUTHENTICATOR_CONFIRMED'",
                        account),
                "each notification names the event it tells");
    }

    @Test
    void usingARecoveryCodeAndRunningLowAreTold() throws Exception {
        AuthenticatorApp.awaitStepWithAtLeast(5);
        AuthenticatorApp app = Flows.enroll(api, user);
        List<String> codes = api
                .post("/api/v1/me/authenticator/confirm", user, code(app.currentCode()))
                .json()
                .getJsonArray("recoveryCodes")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
        for (int i = 0; i < 8; i++) {
            assertEquals(
                    200,
                    api.post("/api/v1/me/verifications", user, "{\"recoveryCode\":\"" + codes.get(i) + "\"}")
                            .status());
        }
        awaitMail("A recovery code was used to access your account");
        MimeMessage low = awaitMail("You are running out of recovery codes");
        assertTrue(GreenMailUtil.getBody(low).contains("remaining: 2"), GreenMailUtil.getBody(low));
        for (String code : codes) {
            assertFalse(
                    Arrays.stream(smtp.getReceivedMessages())
                            .anyMatch(m -> GreenMailUtil.getBody(m).contains(code)),
                    "a recovery code was mailed");
        }
        assertEquals(
                8,
                Database.count(
                        "SELECT COUNT(*) FROM notification WHERE account_id = ?"
                                + " AND type = 'RECOVERY_CODE_USED' AND channel = 'EMAIL'",
                        account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM notification WHERE account_id = ?"
                                + " AND type = 'RECOVERY_CODES_LOW' AND channel = 'EMAIL'",
                        account));
    }

    @Test
    void aLockIsTold() throws Exception {
        AuthenticatorApp.awaitStepWithAtLeast(5);
        AuthenticatorApp app = Flows.enrollAndConfirm(api, user, AuthenticatorApp.currentStep());
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/me/verifications", user, code(app.wrongCode()));
        }
        awaitMail("Your account was locked after failed sign-in codes");
        awaitWebhook("ACCOUNT_LOCKED");
    }

    @Test
    void aDeliveryIsRetriedAfterTheMailServerWasDown() throws Exception {
        AuthenticatorApp.awaitStepWithAtLeast(5);
        Flows.enrollAndConfirm(api, user, AuthenticatorApp.currentStep());
        awaitMail("An authenticator app was linked to your account");
        smtp.stop();
        try {
            assertEquals(200, api.post("/api/v1/me/lost-device", user, "").status());
            await(
                    () -> Database.count(
                                    "SELECT COUNT(*) FROM notification WHERE account_id = ? AND channel = 'EMAIL'"
                                            + " AND type = 'DEVICE_REPORTED_LOST' AND status = 'PENDING' AND attempts >= 1"
                                            + " AND last_error IS NOT NULL",
                                    account)
                            == 1,
                    "a failed try while the mail server is down");
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        awaitMail("Your authenticator device was reported lost");
        String sentOnRetry = "SELECT COUNT(*) FROM notification WHERE account_id = ? AND channel = 'EMAIL'"
                + " AND type = 'DEVICE_REPORTED_LOST' AND status = 'SENT' AND attempts >= 2";
        await(
                () -> Database.count(sentOnRetry, account) == 1,
                "the retried delivery recorded as sent"); // after the mail
        assertEquals(1, Database.count(sentOnRetry, account));
    }

    @Test
    void nothingIsSentForARefusedChange() throws Exception {
        AuthenticatorApp app = Flows.enroll(api, user);
        assertEquals(
                422,
                api.post("/api/v1/me/authenticator/confirm", user, code(app.wrongCode()))
                        .status());
        Thread.sleep(6000);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM notification WHERE account_id = ?", account));
        assertEquals(0, webhook.callsAbout(account).size());
    }

    private MimeMessage awaitMail(String subject) throws MessagingException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (subject.equals(message.getSubject())
                        && email.equals(message.getRecipients(Message.RecipientType.TO)[0].toString())) {
                    return message;
                }
            }
            pause();
        }
        return fail("no mail \"" + subject + "\" to " + email);
    }

    private WebhookReceiver.Call awaitWebhook(String type) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (WebhookReceiver.Call call : webhook.callsAbout(account)) {
                if (type.equals(json(call.body()).getString("type"))) {
                    return call;
                }
            }
            pause();
        }
        return fail("no webhook call " + type + " about " + account);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("gave up waiting for " + what);
            }
            pause();
        }
    }

    /** What a receiver must do: recompute the HMAC over "t.body" and refuse stale timestamps. */
    private static void assertValidSignature(WebhookReceiver.Call call) throws Exception {
        String[] parts = call.signature().split(",");
        long timestamp = Long.parseLong(parts[0].substring("t=".length()));
        String signature = parts[1].substring("v1=".length());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 300, "outside the replay window");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                HexFormat.of().formatHex(mac.doFinal((timestamp + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, signature);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
