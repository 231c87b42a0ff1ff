package org.lifeline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.lifeline.shared.InvalidRequestException;

/**
 * An end user's IP address as a platform names it on a service call: an IPv4 address in dotted decimal or an IPv6
 * address, returned in one canonical form (so that one address is one address to the compliance job), or refused.
 * Never looked up: a text that is not an address literal is refused before the resolver could see it.
 */
public final class EndUserAddress {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private EndUserAddress() {}

    /** The address in canonical form; an invalid request naming {@code field} when it is not one. */
    public static String canonical(String field, String text) {
        String candidate = text.strip();
        boolean v4 = IPV4.matcher(candidate).matches();
        boolean v6 =
                !v4 && candidate.indexOf(':') >= 0 && IPV6.matcher(candidate).matches();
        if (v4 || v6) {
            try {
                // a literal: parsed, not resolved
                return InetAddress.getByName(candidate).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // refused below
            }
        }
        throw InvalidRequestException.ofField(field, "must be an IPv4 or IPv6 address");
    }
}
