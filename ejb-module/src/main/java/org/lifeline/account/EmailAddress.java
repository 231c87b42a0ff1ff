package org.lifeline.account;

import java.util.regex.Pattern;

/** A deliberately plain check of a contact address: one {@code @}, no spaces or control characters, 320 at most. */
public final class EmailAddress {

    public static final int MAX_LENGTH = 320;
    private static final Pattern FORM =
            Pattern.compile("[^\\s@\\p{Cntrl}]{1,64}@[^\\s@\\p{Cntrl}]+\\.[^\\s@\\p{Cntrl}]+");

    private EmailAddress() {}

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && FORM.matcher(address).matches();
    }
}
