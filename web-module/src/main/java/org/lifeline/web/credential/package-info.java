/**
 * The codes a request body carries, shared by every resource that takes one: {@code {code}} (a current TOTP code) and
 * {@code {code}} or {@code {recoveryCode}}. The resources of authenticators, recovery codes and verifications import
 * it; it imports only the domain's {@code Credential}.
 */
package org.lifeline.web.credential;
