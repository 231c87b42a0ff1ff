package org.lifeline.verification;

import org.lifeline.authenticator.Authenticator;
import org.lifeline.recoverycode.RecoveryCodeState;

/** What a verification reads of an account's second factors: its authenticator (null when none) and its codes. */
record SecondFactors(Authenticator authenticator, RecoveryCodeState recoveryCodes) {}
