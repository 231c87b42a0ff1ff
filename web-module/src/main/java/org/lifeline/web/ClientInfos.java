package org.lifeline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.attempt.ClientInfo;

/**
 * Where a request came from, for the record of attempts: the connection's address (a proxy in front sets it through
 * the server's proxy-address forwarding, never through a header the client chooses) and the user agent.
 */
public final class ClientInfos {

    private ClientInfos() {}

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    /**
     * For a platform's back end calling on an end user's behalf: the end user's address and user agent when the
     * platform names them (the address checked and made canonical), with the platform's own address kept beside them;
     * the connection's, as {@link #of}, when it names neither.
     */
    public static ClientInfo onBehalf(HttpServletRequest request, String clientAddress, String userAgent) {
        if (clientAddress == null && userAgent == null) {
            return of(request);
        }
        return new ClientInfo(
                clientAddress == null ? null : EndUserAddress.canonical("clientAddress", clientAddress),
                userAgent,
                request.getRemoteAddr());
    }
}
