package org.lifeline.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.audit.Actor;
import org.lifeline.shared.InvalidRequestException;

/** The authenticated caller, read from the bearer token. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    @EJB
    AccountService accounts;

    /** The claim that names the customer account a staff token's holder has (their support identity may differ). */
    @Inject
    @ConfigProperty(name = "lifeline.staff.account-claim", defaultValue = "lifeline_account")
    String accountClaim;

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
     * that role but is an administrator's; with the customer account the token names in the account claim (the
     * subject when it names none), which the rules about people use.
     */
    public Actor actingAs(String role) {
        Set<String> groups = token.getGroups();
        String effective =
                groups != null && !groups.contains(role) && groups.contains(Roles.ADMIN) ? Roles.ADMIN : role;
        Object account = token.getClaim(accountClaim);
        String subject = token.getSubject();
        return new Actor(subject, effective, account == null ? subject : claimText(account));
    }

    /** The account claim's text (MicroProfile JWT hands custom claims over as JSON values); any other kind is refused. */
    private String claimText(Object claim) {
        if (claim instanceof JsonString text) {
            return text.getString();
        }
        if (claim instanceof String text) {
            return text;
        }
        throw new InvalidRequestException("the token's " + accountClaim + " claim must be a string");
    }

    /** Like {@link #actingAs(String)}, for paths two roles share: the first of them the token holds. */
    public Actor actingAs(String role, String otherRole) {
        Set<String> groups = token.getGroups();
        return actingAs(groups != null && !groups.contains(role) && groups.contains(otherRole) ? otherRole : role);
    }
}
