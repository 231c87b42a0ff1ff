package org.lifeline.recoverycase;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) what passes through, keeps its last bytes (for a format's trailer), and stops with an I/O
 * error past the limit.
 */
final class MeteredInput extends FilterInputStream {

    private final long limit;
    private final MessageDigest sha256;
    private final byte[] tail = new byte[EvidenceFormat.TAIL_BYTES];
    private long count;
    private boolean exceeded;

    MeteredInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("over the size limit");
            }
            sha256.update(buffer, offset, n);
            keepTail(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("evidence is read whole, never skipped");
    }

    private void keepTail(byte[] buffer, int offset, int n) {
        int kept = Math.min(n, tail.length);
        int shift = tail.length - kept;
        System.arraycopy(tail, kept, tail, 0, shift);
        System.arraycopy(buffer, offset + n - kept, tail, shift, kept);
    }

    /** The last bytes read: {@link EvidenceFormat#TAIL_BYTES} of them, or all when fewer were read. */
    byte[] tail() {
        int kept = (int) Math.min(count, tail.length);
        return Arrays.copyOfRange(tail, tail.length - kept, tail.length);
    }

    long count() {
        return count;
    }

    boolean exceeded() {
        return exceeded;
    }

    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
