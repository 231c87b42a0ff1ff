package org.lifeline.shared;

/**
 * A free text that holds a wallet recovery phrase: refused, never stored, never echoed. The message names the field
 * and warns; it never repeats the text.
 */
public class SecretPhraseRefusedException extends DomainException {

    public SecretPhraseRefusedException(String field) {
        super(
                "secret-phrase-refused",
                "the " + field + " looks like a wallet recovery phrase, so it was refused and not kept. Lifeline and"
                        + " its support never ask for a recovery phrase: never share yours with anyone, since whoever"
                        + " has it can take the wallet's funds");
    }
}
