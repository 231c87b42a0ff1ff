package org.lifeline.audit;

import java.util.HexFormat;

/**
 * What every checkpoint adds up to: how many there are, the sum of their sequence numbers, and the XOR of their seals
 * (64 hex characters; independent of order, so a chunk's change is added to it without reading the rest). A seal only
 * moves forward, so removing a checkpoint or putting back an older one lowers the count or the sum.
 */
public record TrailTotals(long checkpoints, long sequenceSum, String sealsDigest) {

    private static final HexFormat HEX = HexFormat.of();

    /** No checkpoint at all. */
    public static final TrailTotals NONE = new TrailTotals(0, 0, "0".repeat(64));

    /** These totals with a new checkpoint at {@code sequence} under {@code seal}. */
    TrailTotals added(long sequence, String seal) {
        return new TrailTotals(checkpoints + 1, sequenceSum + sequence, xor(sealsDigest, seal));
    }

    /** These totals with a checkpoint moved from {@code fromSequence} under {@code fromSeal} to a new position. */
    TrailTotals moved(long fromSequence, String fromSeal, long toSequence, String toSeal) {
        return new TrailTotals(
                checkpoints, sequenceSum - fromSequence + toSequence, xor(xor(sealsDigest, fromSeal), toSeal));
    }

    /** The totals of both sets of checkpoints together: these and a change to them. */
    TrailTotals plus(TrailTotals change) {
        return new TrailTotals(
                checkpoints + change.checkpoints,
                sequenceSum + change.sequenceSum,
                xor(sealsDigest, change.sealsDigest));
    }

    /** What the trail's seal is a MAC over. */
    String sealed() {
        return checkpoints + "\n" + sequenceSum + "\n" + sealsDigest;
    }

    private static String xor(String a, String b) {
        byte[] left = HEX.parseHex(a);
        byte[] right = HEX.parseHex(b);
        for (int i = 0; i < left.length; i++) {
            left[i] ^= right[i];
        }
        return HEX.formatHex(left);
    }
}
