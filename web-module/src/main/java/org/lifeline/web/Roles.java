package org.lifeline.web;

/** The roles a token's {@code groups} claim may carry. {@code admin} may do what every other role may. */
public final class Roles {

    public static final String USER = "user";
    public static final String SERVICE = "service";
    public static final String SUPPORT = "support";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {}
}
