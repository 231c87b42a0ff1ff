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
}
