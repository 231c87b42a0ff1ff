package org.lifeline.shared;

import jakarta.ejb.Local;
import java.time.Duration;

/** Moving the server's clock, for tests of waiting periods on development and test servers only. */
@Local
public interface DevClock {

    /** Whether this server lets its clock be moved ({@code lifeline.dev.clock-control}). */
    boolean available();

    /**
     * Sets the clock to the real time plus {@code offset}, from zero to a year; forbidden unless
     * {@link #available()}.
     */
    void moveTo(Duration offset);

    Duration offset();
}
