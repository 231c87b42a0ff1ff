package org.lifeline.secretphrase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecoveryPhraseScreenTest {

    /** Mnemonics of the BIP-39 test vectors (Trezor's vectors.json, English). */
    private static final List<String> VECTORS = List.of(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
            "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
            "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                    + " abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art",
            "hamster diagram private dutch cause delay private meat slide toddler razor book happy fancy gospel"
                    + " tennis maple dilemma loan word shrug inflict delay length",
            "scheme spot photo card baby mountain device kick cradle pact join borrow");

    /** The first mnemonic of the Japanese test vectors (bip32JP), ideographic spaces between the words. */
    private static final String JAPANESE =
            "あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん" + "　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あおぞら";

    @Test
    void theTestVectorsAreFoundHoweverWritten() {
        for (String phrase : VECTORS) {
            List<String> words = Arrays.asList(phrase.split(" "));
            assertTrue(RecoveryPhraseScreen.holdsPhrase(phrase), phrase);
            assertTrue(RecoveryPhraseScreen.holdsPhrase(phrase.toUpperCase()), "upper case: " + phrase);
            assertTrue(RecoveryPhraseScreen.holdsPhrase(mixedCase(phrase)), "mixed case: " + phrase);
            assertTrue(RecoveryPhraseScreen.holdsPhrase(String.join(", ", words)), "commas: " + phrase);
            assertTrue(RecoveryPhraseScreen.holdsPhrase(String.join("\n", words)), "a line per word: " + phrase);
            assertTrue(RecoveryPhraseScreen.holdsPhrase(numbered(words)), "numbered: " + phrase);
            assertTrue(
                    RecoveryPhraseScreen.holdsPhrase("My wallet words are: " + phrase + ". Please help me!"),
                    "inside a sentence: " + phrase);
        }
    }

    @Test
    void otherListsAreScreenedToo() {
        assertTrue(RecoveryPhraseScreen.holdsPhrase(JAPANESE));
        assertTrue(RecoveryPhraseScreen.holdsPhrase(JAPANESE.replace('　', ' ')));
        // French list words, written with and without their accents
        String french =
                "abaisser abandon abdiquer abeille abolir aborder aboutir aboyer abrasif abreuver abriter" + " élève";
        assertTrue(RecoveryPhraseScreen.holdsPhrase(french));
        assertTrue(RecoveryPhraseScreen.holdsPhrase(french.replace("é", "e").replace("è", "e")));
        // Chinese words stand apart as wallets show them
        assertTrue(RecoveryPhraseScreen.holdsPhrase("的 一 是 在 不 了 有 和 人 这 中 大"));
        assertTrue(RecoveryPhraseScreen.holdsPhrase("1.的 2.一 3.是 4.在 5.不 6.了 7.有 8.和 9.人 10.这 11.中 12.大"));
    }

    @Test
    void elevenWordsAreNotAPhrase() {
        assertFalse(RecoveryPhraseScreen.holdsPhrase(
                "legal winner thank year wave sausage worth useful legal winner thank"));
        assertFalse(RecoveryPhraseScreen.holdsPhrase(
                "legal winner thank year wave sausage, the worth useful legal winner thank yellow"));
        assertFalse(RecoveryPhraseScreen.holdsPhrase(null));
        assertFalse(RecoveryPhraseScreen.holdsPhrase(""));
    }

    @Test
    void ordinaryTextPasses() {
        for (String text : List.of(
                PARAGRAPH,
                "Flat 4, 27 Harbour Street, Leith, Edinburgh EH6 6QE, United Kingdom",
                "Checked the passport photo against the selfie and the video statement: same person, document valid"
                        + " until 2031. Two recent deposits match the account history. Approving.",
                "我的手机丢了，验证器应用也没有了，请帮我恢复账户。谢谢你们的帮助，我会提供所有需要的证件。",
                "Ich habe mein Telefon im Zug verloren und kann mich nicht mehr anmelden. Bitte helfen Sie mir.",
                "J'ai perdu mon téléphone hier soir et je ne peux plus accéder à mon compte."
                        + " Pouvez-vous m'aider à le récupérer ?")) {
            assertFalse(RecoveryPhraseScreen.holdsPhrase(text), text);
        }
    }

    private static String mixedCase(String phrase) {
        return IntStream.range(0, phrase.length())
                .mapToObj(i -> String.valueOf(i % 3 == 0 ? Character.toUpperCase(phrase.charAt(i)) : phrase.charAt(i)))
                .collect(Collectors.joining());
    }

    private static String numbered(List<String> words) {
        return IntStream.range(0, words.size())
                .mapToObj(i -> (i + 1) + ". " + words.get(i))
                .collect(Collectors.joining("  "));
    }

    /** About 300 words of common English, as an owner might describe a lost phone. */
    private static final String PARAGRAPH = "Last Saturday I was travelling home from a family visit when I lost my"
            + " phone somewhere between the train station and the bus stop. I only noticed it was gone when I"
            + " wanted to check the time table for the last bus, and by then it was too late to go back and look"
            + " for it. I called my own number from a friend's phone several times, but nobody answered, and the"
            + " next morning it was switched off. The phone had the authenticator app on it that I use to sign in"
            + " to my account, and I never wrote down the recovery codes that the website showed me when I set it"
            + " up, because I thought I would never need them. I know that was a mistake, and I will keep them in a"
            + " safe place this time. I have already asked my mobile provider to block the old number and send me a"
            + " new card, and I reported the loss to the police, who gave me a reference number for the report. I"
            + " still have my passport and my driving licence, and I can take a picture of myself holding them if"
            + " that helps you to confirm who I am. I also remember most of the deposits I made last month, the"
            + " amounts and the days, and I can tell you which bank account the money came from. Please let me know"
            + " what else you need from me and how long the review usually takes. I understand that there is a"
            + " waiting period before the reset takes effect and that withdrawals will be on hold for a while"
            + " afterwards, and that is fine with me, since I would rather be safe than fast. Thank you very much"
            + " for your help, and I am sorry for the trouble this causes for your support team during the busy"
            + " holiday season.";
}
