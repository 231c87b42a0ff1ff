package org.lifeline.secretphrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a wallet recovery phrase in a text: {@value #PHRASE_WORDS} or more consecutive words of one BIP-39 word list,
 * in any case, with or without accents, whatever stands between them (spaces, punctuation, line breaks, list
 * numbering such as {@code 1.} or {@code 2)}: digits and punctuation separate words and are otherwise ignored). A word
 * is a run of letters; the Chinese lists' words are single characters, so a Chinese phrase is found when its words
 * stand apart, as wallets show them, while ordinary Chinese writing (characters run together) is left alone.
 */
public final class RecoveryPhraseScreen {

    /** The shortest mnemonic BIP-39 defines. */
    public static final int PHRASE_WORDS = 12;

    private RecoveryPhraseScreen() {}

    /** Whether {@code text} holds a recovery phrase; null holds none. */
    public static boolean holdsPhrase(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        List<String> words = words(Bip39WordLists.fold(text));
        if (words.size() < PHRASE_WORDS) {
            return false;
        }
        for (Map.Entry<String, Set<String>> list : Bip39WordLists.all().entrySet()) {
            if (longestRun(words, list.getValue()) >= PHRASE_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static int longestRun(List<String> words, Set<String> list) {
        int run = 0;
        int longest = 0;
        for (String word : words) {
            run = list.contains(word) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** The runs of letters of a folded text, in order. */
    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int point = folded.codePointAt(i);
            if (Character.isLetter(point)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(point);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }
}
