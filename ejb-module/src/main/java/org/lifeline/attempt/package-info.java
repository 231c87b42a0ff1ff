/**
 * The vocabulary of a code presented as proof of a factor, shared by every path that takes one: what was presented
 * ({@code Credential}: a TOTP code or a recovery code), why and by whom ({@code Attempt}, {@code AttemptPurpose},
 * {@code ClientInfo}), how a check answers ({@code CodeCheck}, {@code FailureReason}), the record each attempt
 * leaves ({@code VerificationAttempt}) and what is announced about it ({@code CodeAttempted}, {@code FactorUsed}).
 * The lockout guard evaluates attempts; verification, authenticators, recovery codes and the compliance job speak
 * of them. Imports the shared kernel, accounts and the audit trail (a refusal that is a security event names it).
 */
package org.lifeline.attempt;
