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

    record Result<T>(T value, FailureReason refusal) {

        public static <T> Result<T> accepted(T value) {
            return new Result<>(value, null);
        }

        public static <T> Result<T> refused(FailureReason reason) {
            return new Result<>(null, reason);
        }

        public boolean isAccepted() {
            return refusal == null;
        }
    }
}
