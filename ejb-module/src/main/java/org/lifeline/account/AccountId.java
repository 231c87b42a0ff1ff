package org.lifeline.account;

import java.util.regex.Pattern;
import org.lifeline.shared.InvalidRequestException;

/**
 * The platform's identifier of an account: a token's {@code sub}. Letters, digits and {@code . _ @ : + | -}, at most
 * 128 characters, starting with a letter or digit; case matters.
 */
public record AccountId(String value) {

    public static final int MAX_LENGTH = 128;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:+|-]{0," + (MAX_LENGTH - 1) + "}");

    public AccountId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidRequestException("account id must be 1 to " + MAX_LENGTH
                    + " letters, digits or . _ @ : + | -, starting with a letter or digit");
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
