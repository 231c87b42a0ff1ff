package org.lifeline.sensitiveaction;

/** Storage of the authorizations granted. */
public interface AuthorizationRepository {

    void add(AuthorizationRecord granted);
}
