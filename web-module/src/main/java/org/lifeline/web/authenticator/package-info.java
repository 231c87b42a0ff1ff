/** The owner's authenticator: enrollment, its QR code, confirmation, removal and the lost-device report. */
package org.lifeline.web.authenticator;
