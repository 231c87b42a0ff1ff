package org.lifeline.account;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the platform sees it. */
public record AccountProfile(
        String accountId,
        @Schema(nullable = true) String email,
        RiskTier riskTier,
        Instant createdAt,
        Instant updatedAt) {

    static AccountProfile of(Account account) {
        return new AccountProfile(
                account.id().value(), account.email(), account.riskTier(), account.createdAt(), account.updatedAt());
    }
}
