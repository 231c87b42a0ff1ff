package org.lifeline.ownershipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lifeline.recoverycase.ClaimedTransaction;
import org.lifeline.recoverycase.ClaimsToCheck;
import org.lifeline.recoverycase.OwnershipClaimKind;

/** What the verifier is sent and which of its answers count. */
class VerifierAnswerTest {

    @Test
    void theRequestCarriesEveryClaimWithAbsentPartsAsNull() {
        ClaimsToCheck asked = new ClaimsToCheck(
                "case-1",
                "acct-1",
                List.of(
                        new ClaimsToCheck.Claim(
                                "c1",
                                OwnershipClaimKind.DEPOSIT,
                                new ClaimedTransaction("0xabc", "0.25", "BTC", LocalDate.of(2026, 11, 30))),
                        new ClaimsToCheck.Claim(
                                "c2",
                                OwnershipClaimKind.WITHDRAWAL_ADDRESS,
                                new ClaimedTransaction("bc1qxyz", null, null, null))),
                0);
        assertEquals(
                "{\"caseId\":\"case-1\",\"accountId\":\"acct-1\",\"claims\":["
                        + "{\"reference\":\"0xabc\",\"amount\":\"0.25\",\"asset\":\"BTC\",\"occurredOn\":\"2026-11-30\","
                        + "\"claimId\":\"c1\",\"kind\":\"DEPOSIT\"},"
                        + "{\"reference\":\"bc1qxyz\",\"amount\":null,\"asset\":null,\"occurredOn\":null,"
                        + "\"claimId\":\"c2\",\"kind\":\"WITHDRAWAL_ADDRESS\"}]}",
                VerifierClient.requestBody(asked));
    }

    @Test
    void anAnswerNamesClaimsMatchedOrNot() throws VerifierFailure {
        assertEquals(
                Map.of("c1", true, "c2", false),
                VerifierClient.results(
                        "{\"results\":[{\"claimId\":\"c1\",\"matched\":true},{\"claimId\":\"c2\",\"matched\":false}]}"));
        assertEquals(Map.of(), VerifierClient.results("{\"results\":[]}"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[]",
                "{}",
                "{\"results\":{}}",
                "{\"results\":[1]}",
                "{\"results\":[{\"matched\":true}]}",
                "{\"results\":[{\"claimId\":7,\"matched\":true}]}",
                "{\"results\":[{\"claimId\":\"c1\",\"matched\":\"yes\"}]}",
                "{\"results\":[{\"claimId\":\"c1\"}]}",
                "{\"results\":[{\"claimId\":\"c1\",\"matched\":true}]",
            })
    void anythingElseIsGarbage(String answer) {
        assertEquals(
                CheckOutcome.GARBAGE,
                assertThrows(VerifierFailure.class, () -> VerifierClient.results(answer))
                        .outcome());
    }
}
