package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonString;
import java.util.List;

/** Steps many tests share, done the way a client does them. */
final class Flows {

    private Flows() {}

    /** Starts an enrollment and returns the app holding the new secret. */
    static AuthenticatorApp enroll(Api api, String userToken) {
        Api.Reply enrolled = api.post("/api/v1/me/authenticator", userToken, "{}");
        assertEquals(201, enrolled.status(), enrolled::toString);
        return new AuthenticatorApp(enrolled.json().getString("secret"));
    }

    /** Enrolls and confirms with the code of {@code step}; from then on only later steps are accepted. */
    static AuthenticatorApp enrollAndConfirm(Api api, String userToken, long step) {
        AuthenticatorApp app = enroll(api, userToken);
        Api.Reply confirmed = api.post("/api/v1/me/authenticator/confirm", userToken, code(app.codeAt(step)));
        assertEquals(200, confirmed.status(), confirmed::toString);
        return app;
    }

    /** An owner's app after a confirmed enrollment, the step it confirmed with, and the recovery codes it was shown. */
    record Enrolled(AuthenticatorApp app, long confirmedStep, List<String> recoveryCodes) {}

    /** Enrolls and confirms with the code of the step before the current one, keeping the recovery codes shown. */
    static Enrolled enrollKeepingCodes(Api api, String userToken) {
        AuthenticatorApp.awaitStepWithAtLeast(10);
        AuthenticatorApp app = enroll(api, userToken);
        long step = AuthenticatorApp.currentStep() - 1;
        Api.Reply confirmed = api.post("/api/v1/me/authenticator/confirm", userToken, code(app.codeAt(step)));
        assertEquals(200, confirmed.status(), confirmed::toString);
        List<String> codes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        return new Enrolled(app, step, codes);
    }

    /** Opens a security-reset case for a lost device and returns its id. */
    static String openCase(Api api, String userToken) {
        Api.Reply opened = api.post(
                "/api/v1/me/recovery-cases",
                userToken,
                "{\"reason\":\"LOST_DEVICE\",\"description\":\"Phone lost\",\"contactEmail\":\"me@example.org\"}");
        assertEquals(201, opened.status(), opened::toString);
        return opened.json().getString("id");
    }

    /** Opens a case, adds an identity document and submits it for review; returns its id. */
    static String submittedCase(Api api, String userToken) {
        String id = openCase(api, userToken);
        Api.Reply added = api.send(new Multipart()
                .field("kind", "ID_DOCUMENT")
                .file("file", "id.pdf", "application/pdf", Multipart.pdf("id"))
                .post(api.request("/api/v1/me/recovery-cases/" + id + "/evidence", userToken)));
        assertEquals(201, added.status(), added::toString);
        Api.Reply submitted = api.post("/api/v1/me/recovery-cases/" + id + "/submit", userToken, "");
        assertEquals(200, submitted.status(), submitted::toString);
        return id;
    }

    static String code(String code) {
        return "{\"code\":\"" + code + "\"}";
    }
}
