package org.lifeline.shared;

import jakarta.ejb.Local;
import java.time.Duration;

/** Moving the server's clock, for tests of waiting periods on development and test servers only. */
@Local
public interface DevClock {

    /** Sets the clock to the real time plus {@code offset}; forbidden unless {@code lifeline.dev.clock-control}. */
    void moveTo(Duration offset);

    Duration offset();
}
