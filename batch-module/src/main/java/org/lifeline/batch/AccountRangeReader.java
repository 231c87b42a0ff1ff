package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;

/**
 * A keyset reader over one partition's range of account ids ({@link AccountRangeMapper}): it starts after the
 * range's {@code after} and stops at its {@code upTo} (the last range has none).
 */
abstract class AccountRangeReader<T> extends KeysetReader<T> {

    @Inject
    @BatchProperty
    String after;

    @Inject
    @BatchProperty
    String upTo;

    @Override
    String firstKey() {
        return after == null ? "" : after;
    }

    /** The range's last id, or null for the last range. */
    String upTo() {
        return upTo == null || upTo.isEmpty() ? null : upTo;
    }
}
