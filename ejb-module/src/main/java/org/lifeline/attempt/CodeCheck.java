package org.lifeline.attempt;

import java.time.Instant;

/**
 * The evaluation of one code, run by {@link org.lifeline.lockout.CodeGuard} while it holds the account's lock. It answers a value, or a
 * {@link FailureReason} through {@link Result#refused}. It may also throw a domain exception for requests that are
 * not guesses at all (nothing to confirm, an expired enrollment): those do not count.
 */
@FunctionalInterface
public interface CodeCheck<T> {

    Result<T> evaluate(Instant now);

    /** @param counted whether a refusal counts against the failure budget (a wrong code does; see refusedRight) */
    record Result<T>(T value, FailureReason refusal, boolean counted) {

        public static <T> Result<T> accepted(T value) {
            return new Result<>(value, null, false);
        }

        public static <T> Result<T> refused(FailureReason reason) {
            return new Result<>(null, reason, true);
        }

        /** A right code refused all the same (a frozen authenticator's): not a guess, so not a failure. */
        public static <T> Result<T> refusedRight(FailureReason reason) {
            return new Result<>(null, reason, false);
        }

        /** This refusal, as the refusal of a check of another type (its reason and whether it counts kept). */
        public <U> Result<U> refusalAs() {
            if (isAccepted()) {
                throw new IllegalStateException("an accepted result is no refusal");
            }
            return new Result<>(null, refusal, counted);
        }

        public boolean isAccepted() {
            return refusal == null;
        }
    }
}
