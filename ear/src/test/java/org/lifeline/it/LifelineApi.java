package org.lifeline.it;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * Lifeline as a platform's Java back end sees it: a MicroProfile Rest Client interface over the contract, with
 * every problem answer thrown as a {@link LifelineProblem} (the mapper is registered by {@link LifelineClients}).
 * The records hold the members the contract names; the client ignores members it does not know, as the contract
 * allows the server to add them. Public, as a client interface must be for the proxy to call it; closing it closes
 * the client's connections.
 */
@Path("/api/v1")
public interface LifelineApi extends AutoCloseable {

    @GET
    @Path("/me/security")
    @Produces(MediaType.APPLICATION_JSON)
    SecurityStatus ownSecurity();

    @GET
    @Path("/accounts/{accountId}/security")
    @Produces(MediaType.APPLICATION_JSON)
    SecurityStatus accountSecurity(@PathParam("accountId") String accountId);

    @POST
    @Path("/me/authenticator")
    @Produces(MediaType.APPLICATION_JSON)
    Enrollment enroll();

    @GET
    @Path("/me/authenticator/qr")
    @Produces("image/png")
    byte[] enrollmentQrCode();

    @POST
    @Path("/me/authenticator/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Activation confirm(Credential code);

    @POST
    @Path("/me/verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Verification verifyOwn(Credential credential);

    @POST
    @Path("/accounts/{accountId}/verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Verification verifyAccount(@PathParam("accountId") String accountId, Credential credential);

    @POST
    @Path("/me/recovery-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    String regenerateRecoveryCodeSheet(Credential code);

    @POST
    @Path("/me/lost-device")
    @Produces(MediaType.APPLICATION_JSON)
    JsonObject reportLostDevice();

    @DELETE
    @Path("/me/authenticator")
    @Consumes(MediaType.APPLICATION_JSON)
    void removeAuthenticator(Credential credential);

    /** A TOTP code ({@code code}) or a recovery code ({@code recoveryCode}); the other is null and left out. */
    record Credential(String code, String recoveryCode) {

        static Credential totp(String code) {
            return new Credential(code, null);
        }

        static Credential recoveryCode(String recoveryCode) {
            return new Credential(null, recoveryCode);
        }
    }

    record SecurityStatus(
            String accountId,
            Authenticator authenticator,
            RecoveryCodes recoveryCodes,
            Lock lock,
            Hold hold,
            OpenCase openRecoveryCase) {}

    record Authenticator(String status) {}

    record RecoveryCodes(int remaining, int total, Instant generatedAt, boolean mustRegenerate) {}

    record Lock(boolean locked, long retryAfterSeconds) {}

    record Hold(Instant sensitiveActionsBlockedUntil) {}

    record OpenCase(String id, String status) {}

    record Enrollment(
            String enrollmentId,
            String secret,
            String otpauthUri,
            String algorithm,
            int digits,
            int period,
            Instant expiresAt) {}

    record Activation(
            String authenticatorId,
            String status,
            Instant activatedAt,
            List<String> recoveryCodes,
            Instant generatedAt) {}

    record Verification(boolean verified, String method, int recoveryCodesRemaining, boolean mustRegenerate) {}
}
