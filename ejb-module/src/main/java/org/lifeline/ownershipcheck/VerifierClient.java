package org.lifeline.ownershipcheck;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lifeline.notification.WebhookSignature;
import org.lifeline.recoverycase.ClaimsToCheck;

/**
 * One call to the platform's verifier: {@code {caseId, accountId, claims: [{claimId, kind, reference, amount, asset,
 * occurredOn}]}} POSTed with a {@code Lifeline-Signature}, answered by {@code {results: [{claimId, matched}]}}. The
 * whole exchange, answer included, is bounded in time and size; anything else than such an answer is a
 * {@link VerifierFailure}, never a guess.
 */
@ApplicationScoped
public class VerifierClient {

    /** Far more than the answer for ten claims. */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    /** How far the answer's signature time may be from this clock (the webhook's replay window). */
    static final long SIGNATURE_TOLERANCE_SECONDS = 300;

    @Inject
    OwnershipCheckSettings settings;

    @Inject
    Clock clock;

    private volatile HttpClient http;

    /** Asks about the claims; the answers by claim id, for those the verifier answered. */
    Map<String, Boolean> ask(ClaimsToCheck asked) throws VerifierFailure {
        String body = requestBody(asked);
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.header(
                                settings.secret(), clock.instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> answer = exchange(request);
        if (answer.statusCode() / 100 != 2) {
            throw new VerifierFailure(CheckOutcome.HTTP_ERROR, "HTTP " + answer.statusCode());
        }
        String text = utf8(answer.body());
        String signature = answer.headers().firstValue(WebhookSignature.HEADER).orElse(null);
        if (signature != null || settings.signedAnswers()) {
            boolean valid = WebhookSignature.verifies(
                    settings.secret(), signature, text, clock.instant().getEpochSecond(), SIGNATURE_TOLERANCE_SECONDS);
            if (!valid) {
                throw new VerifierFailure(
                        CheckOutcome.BAD_SIGNATURE,
                        signature == null ? "the answer is not signed" : "the answer's signature does not verify");
            }
        }
        return results(text);
    }

    static String requestBody(ClaimsToCheck asked) {
        JsonArrayBuilder claims = JSON.createArrayBuilder();
        for (ClaimsToCheck.Claim claim : asked.claims()) {
            claims.add(claim.claimed()
                    .toJson()
                    .add("claimId", claim.claimId())
                    .add("kind", claim.kind().name()));
        }
        return JSON.createObjectBuilder()
                .add("caseId", asked.caseId())
                .add("accountId", asked.accountId())
                .add("claims", claims)
                .build()
                .toString();
    }

    /** The answers of {@code {results: [{claimId, matched}]}}; anything else is garbage. */
    static Map<String, Boolean> results(String text) throws VerifierFailure {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue root = reader.readValue();
            if (!(root instanceof JsonObject object)
                    || !(object.get("results") instanceof jakarta.json.JsonArray results)) {
                throw garbage("the answer is not an object with a results array");
            }
            Map<String, Boolean> matched = new HashMap<>();
            for (JsonValue each : results) {
                if (!(each instanceof JsonObject result)
                        || !(result.get("claimId") instanceof jakarta.json.JsonString claimId)) {
                    throw garbage("a result has no claimId string");
                }
                JsonValue verdict = result.get("matched");
                if (verdict != JsonValue.TRUE && verdict != JsonValue.FALSE) {
                    throw garbage("a result's matched is not true or false");
                }
                matched.put(claimId.getString(), verdict == JsonValue.TRUE);
            }
            return matched;
        } catch (JsonException e) {
            throw garbage("the answer is not JSON");
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws VerifierFailure {
        Duration timeout = settings.timeout();
        CompletableFuture<HttpResponse<byte[]>> call =
                client().sendAsync(request, BoundedBody.handler(MAX_ANSWER_BYTES));
        try {
            // the request's own timeout ends at the answer's headers; this ends the whole exchange, body included
            return call.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new VerifierFailure(CheckOutcome.TIMED_OUT, "no whole answer within " + timeout);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new VerifierFailure(CheckOutcome.TIMED_OUT, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BoundedBody.TooLong) {
                throw garbage(cause.getMessage());
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new VerifierFailure(CheckOutcome.TIMED_OUT, "no answer within " + timeout);
            }
            throw new VerifierFailure(
                    CheckOutcome.UNREACHABLE,
                    cause == null ? "unknown" : cause.getClass().getSimpleName());
        }
    }

    private static String utf8(byte[] body) throws VerifierFailure {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw garbage("the answer is not UTF-8");
        }
    }

    private static VerifierFailure garbage(String why) {
        return new VerifierFailure(CheckOutcome.GARBAGE, why);
    }

    private HttpClient client() {
        HttpClient made = http;
        if (made == null) {
            made = HttpClient.newBuilder()
                    .connectTimeout(settings.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            http = made;
        }
        return made;
    }
}
