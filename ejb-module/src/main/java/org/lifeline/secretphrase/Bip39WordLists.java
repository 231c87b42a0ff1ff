package org.lifeline.secretphrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The ten BIP-39 word lists, each as the set of its words in {@linkplain #fold folded} form. */
final class Bip39WordLists {

    /** The lists' names, as the specification's files are named. */
    static final List<String> LANGUAGES = List.of(
            "english",
            "japanese",
            "korean",
            "spanish",
            "chinese_simplified",
            "chinese_traditional",
            "french",
            "italian",
            "czech",
            "portuguese");

    static final int WORDS_PER_LIST = 2048;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<String, Set<String>> LISTS = load();

    private Bip39WordLists() {}

    /** Every list, by language, in folded form. */
    static Map<String, Set<String>> all() {
        return LISTS;
    }

    /**
     * A word as the screen compares it: compatibility-decomposed, its accents and other combining marks removed, in
     * lower case; so that "Élève", "eleve" and the list's "élève" are one word.
     */
    static String fold(CharSequence word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The raw file of a list, for checking it against the specification. */
    static InputStream file(String language) {
        InputStream in = Bip39WordLists.class.getResourceAsStream("bip39/" + language + ".txt");
        if (in == null) {
            throw new IllegalStateException("the BIP-39 word list " + language + " is missing from the build");
        }
        return in;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Set<String> words = new HashSet<>();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(file(language), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        words.add(fold(line.strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the BIP-39 word list " + language, e);
            }
            lists.put(language, Set.copyOf(words));
        }
        return Map.copyOf(lists);
    }
}
