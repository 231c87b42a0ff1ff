package org.lifeline.authenticator;

import org.lifeline.account.AccountId;

/** Storage of authenticators. */
public interface AuthenticatorRepository {

    Authenticator findByAccount(AccountId account);

    /** The authenticator with this id, or null. */
    Authenticator find(String id);

    void add(Authenticator authenticator);

    void remove(Authenticator authenticator);

    /**
     * Records {@code step} as the last accepted one if it is later than the stored one, with a single conditional
     * update; false when another request got there first (a replay).
     */
    boolean acceptStep(String authenticatorId, long step);
}
