package org.lifeline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    @Test
    void theClockTicksInMicrosecondsInUtc() {
        Clock clock = new ClockProducer().clock();
        assertEquals(ZoneId.of("Z"), clock.getZone());
        Instant now = clock.instant();
        assertEquals(now, now.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void aProductionClockCannotBeMoved() {
        ClockProducer clocks = new ClockProducer();
        assertThrows(ForbiddenException.class, () -> clocks.moveTo(Duration.ofHours(49)));
        assertEquals(Duration.ZERO, clocks.offset());
    }

    @Test
    void aTestClockMovesAndComesBack() {
        ClockProducer clocks = new ClockProducer();
        clocks.controllable = true;
        Clock clock = clocks.clock();
        clocks.moveTo(Duration.ofHours(49));
        Duration ahead = Duration.between(Instant.now(), clock.instant());
        assertTrue(ahead.compareTo(Duration.ofHours(49).minusSeconds(5)) > 0, ahead.toString());
        assertEquals(Duration.ofHours(49), clocks.offset());
        clocks.moveTo(Duration.ZERO);
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
        assertEquals(
                clock.instant().getEpochSecond(),
                clock.withZone(ZoneId.of("Europe/Paris")).instant().getEpochSecond(),
                1);
    }

    @Test
    void aTestClockMovesAtMostAYearAndNeverBack() {
        ClockProducer clocks = new ClockProducer();
        clocks.controllable = true;
        clocks.moveTo(Duration.ofDays(365));
        assertThrows(
                InvalidRequestException.class,
                () -> clocks.moveTo(Duration.ofDays(365).plusSeconds(1)));
        assertThrows(InvalidRequestException.class, () -> clocks.moveTo(Duration.ofSeconds(-1)));
        assertEquals(Duration.ofDays(365), clocks.offset());
    }
}
