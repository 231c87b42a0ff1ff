package org.lifeline.shared;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;

@Stateless
public class DefaultDevClock implements DevClock {

    @Inject
    ClockProducer clocks;

    @Override
    public boolean available() {
        return clocks.controllable();
    }

    @Override
    public void moveTo(Duration offset) {
        clocks.moveTo(offset);
    }

    @Override
    public Duration offset() {
        return clocks.offset();
    }
}
