package org.lifeline.sensitiveaction;

import org.lifeline.shared.DomainException;
import org.lifeline.status.SensitiveActions;

/** Sensitive actions are held: the step-up was refused without evaluating its code. */
public class HeldException extends DomainException {

    private final transient SensitiveActions gate;

    public HeldException(SensitiveActions gate) {
        super(
                "held",
                "sensitive actions are held on this account: the reasons say why and, where they end by"
                        + " themselves, until when; the code was not evaluated");
        this.gate = gate;
    }

    /** The gate's answer that held the action. */
    public SensitiveActions gate() {
        return gate;
    }
}
