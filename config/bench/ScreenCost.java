import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lifeline.secretphrase.RecoveryPhraseScreen;

/**
 * What screening a free text for a recovery phrase costs, in process: CALLS screenings of a text of LENGTH characters
 * of ordinary English (the worst case: many words, none refused), after as many unmeasured ones to warm the JIT up.
 * Prints p50, p99 and the slowest in microseconds.
 *
 * <p>javac -cp ejb-module/target/classes -d target/bench config/bench/ScreenCost.java
 * <br>java -cp ejb-module/target/classes:target/bench ScreenCost [CALLS] [LENGTH]      (10000 2000)
 */
public final class ScreenCost {

    private static final String WORDS = "I lost my phone on the train last week and never wrote down the recovery"
            + " codes the website showed me so I would like to reset the account please tell me what you need ";

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int length = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        String text = WORDS.repeat(length / WORDS.length() + 1).substring(0, length);
        boolean any = false;
        for (int i = 0; i < calls; i++) {
            any |= RecoveryPhraseScreen.holdsPhrase(text + i);
        }
        List<Long> nanos = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            any |= RecoveryPhraseScreen.holdsPhrase(text + i);
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        System.out.printf(
                "RESULT screen calls=%d length=%d p50_us=%.1f p99_us=%.1f max_us=%.1f refused=%s%n",
                calls,
                length,
                nanos.get(calls / 2) / 1000.0,
                nanos.get(calls * 99 / 100) / 1000.0,
                nanos.get(calls - 1) / 1000.0,
                any);
    }
}
