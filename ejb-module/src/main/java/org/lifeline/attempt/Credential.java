package org.lifeline.attempt;

import org.lifeline.shared.InvalidRequestException;

/** What the account holder offers: a TOTP code or a recovery code, exactly one of them. */
public record Credential(String code, String recoveryCode) {

    public Credential {
        boolean hasCode = code != null && !code.isBlank();
        boolean hasRecoveryCode = recoveryCode != null && !recoveryCode.isBlank();
        if (hasCode == hasRecoveryCode) {
            throw new InvalidRequestException("send exactly one of code and recoveryCode");
        }
    }

    public boolean isTotp() {
        return code != null && !code.isBlank();
    }

    @Override
    public String toString() {
        return isTotp() ? "Credential[TOTP]" : "Credential[RECOVERY_CODE]";
    }
}
