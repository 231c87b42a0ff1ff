package org.lifeline.web.recoverycase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lifeline.recoverycase.ClaimedTransaction;
import org.lifeline.recoverycase.OwnershipClaimKind;
import org.lifeline.shared.InvalidRequestException;

/** The body of {@code POST /me/recovery-cases/{caseId}/ownership-claims}. */
public record OwnershipClaimRequest(
        @NotNull(message = "is required: TRANSACTION_ID, DEPOSIT or WITHDRAWAL_ADDRESS")
        OwnershipClaimKind kind,

        @NotBlank(message = "is required: the transaction id, reference or address you remember")
        @Size(max = ClaimedTransaction.MAX_REFERENCE_LENGTH, message = "must be at most {max} characters")
        @Pattern(regexp = PRINTABLE, message = "must be printable characters")
        String reference,

        @Size(max = ClaimedTransaction.MAX_AMOUNT_LENGTH, message = "must be at most {max} characters")
        @Pattern(regexp = "[0-9]+(\\.[0-9]+)?", message = "must be a decimal number written with digits, such as 0.25")
        @Schema(nullable = true, example = "0.25")
        String amount,

        @Size(max = ClaimedTransaction.MAX_ASSET_LENGTH, message = "must be at most {max} characters")
        @Pattern(regexp = PRINTABLE, message = "must be printable characters")
        @Schema(nullable = true, example = "BTC")
        String asset,

        @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "must be a date, YYYY-MM-DD")
        @Schema(nullable = true, format = "date", example = "2026-11-30")
        String occurredOn) {

    /** Letters, marks, digits, punctuation, symbols and spaces: no control, format or line-separator characters. */
    static final String PRINTABLE = "[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Zs}]*";

    ClaimedTransaction claimed() {
        return new ClaimedTransaction(reference.strip(), amount, asset == null ? null : asset.strip(), day());
    }

    private LocalDate day() {
        if (occurredOn == null) {
            return null;
        }
        try {
            return LocalDate.parse(occurredOn);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.ofField("occurredOn", "must be a date, YYYY-MM-DD");
        }
    }
}
