package org.lifeline.notification;

/**
 * A single-use token a notification carries so that the owner can act without signing in: cancel a security reset,
 * or undo a lost-device freeze. Minted when the notification is delivered; only its digest is stored.
 */
record LinkToken(Purpose purpose, String token) {

    @Override
    public String toString() {
        return "LinkToken[purpose=" + purpose + ", token=***]";
    }

    enum Purpose {
        /** Cancels the case the notification is about: {@code POST /api/v1/recovery-cases/cancel}. */
        CANCEL_CASE(
                "cancelToken",
                "Not you? Cancel this security reset with the single-use token below (POST it to"
                        + " /api/v1/recovery-cases/cancel as {\"token\": \"...\"}, or follow the link your platform"
                        + " shows):"),
        /** Lifts the freeze, with a right code of the app: {@code POST /api/v1/lost-device/undo}. */
        UNDO_FREEZE(
                "undoToken",
                "Still have your phone, or was this not you? Lift the freeze with the single-use token below and a"
                        + " current code of your authenticator app (POST both to /api/v1/lost-device/undo as"
                        + " {\"token\": \"...\", \"code\": \"123456\"}, or follow the link your platform shows):");

        private final String field;
        private final String instructions;

        Purpose(String field, String instructions) {
            this.field = field;
            this.instructions = instructions;
        }

        /** The field of the webhook's JSON that carries the token. */
        String field() {
            return field;
        }

        /** What the e-mail says before the token. */
        String instructions() {
            return instructions;
        }
    }
}
