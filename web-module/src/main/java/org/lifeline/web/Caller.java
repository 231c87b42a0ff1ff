package org.lifeline.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.audit.Actor;

/** The authenticated caller, read from the bearer token. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @EJB
    AccountService accounts;

    /**
     * The caller's own account: the token's {@code sub}. Paths that take a code use it as it is: the code guard opens
     * an unknown account inside the code's own transaction.
     */
    public AccountId ownAccount() {
        return AccountId.of(token.getSubject());
    }

    /**
     * The caller's own account, created on first use (with the token's address, if any), for the self-service paths
     * that take no code.
     */
    public AccountId ownExistingAccount() {
        AccountId account = ownAccount();
        accounts.ensureExists(account, email(), actingAs(Roles.USER));
        return account;
    }

    /** The token's {@code email} claim, or null. */
    public String email() {
        Object email = token.getClaim("email");
        return email == null ? null : email.toString();
    }

    /**
     * The caller as the audit trail records it, acting in {@code role}, or as {@code admin} when the token lacks
     * that role but is an administrator's.
     */
    public Actor actingAs(String role) {
        Set<String> groups = token.getGroups();
        String effective =
                groups != null && !groups.contains(role) && groups.contains(Roles.ADMIN) ? Roles.ADMIN : role;
        return new Actor(token.getSubject(), effective);
    }

    /** Like {@link #actingAs(String)}, for paths two roles share: the first of them the token holds. */
    public Actor actingAs(String role, String otherRole) {
        Set<String> groups = token.getGroups();
        return actingAs(groups != null && !groups.contains(role) && groups.contains(otherRole) ? otherRole : role);
    }
}
