package org.lifeline.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lifeline.compliance.RunTakeover.Decision;

class RunTakeoverTest {

    private static final long NOW = 1_000_000_000L;

    @Test
    void noRunNothingToDo() {
        assertEquals(Decision.NOTHING, RunTakeover.decide(new RunOwner(null, null, 0), false, Set.of(), "b", NOW));
    }

    @Test
    void aRunThatEndedFreesTheRow() {
        assertEquals(Decision.CLEAR, RunTakeover.decide(new RunOwner(7L, "a", 0), false, Set.of(), "b", NOW));
        assertEquals(Decision.CLEAR, RunTakeover.decide(new RunOwner(7L, "b", NOW), false, Set.of(7L), "b", NOW));
    }

    @Test
    void anotherNodesRunIsLeftAloneWhileItBeats() {
        long recently = NOW - RunTakeover.STALE_AFTER_MILLIS;
        assertEquals(Decision.NOTHING, RunTakeover.decide(new RunOwner(7L, "a", recently), true, Set.of(), "b", NOW));
    }

    @Test
    void anotherNodesRunIsTakenOverWhenItsNodeFellSilent() {
        long silent = NOW - RunTakeover.STALE_AFTER_MILLIS - 1;
        assertEquals(Decision.TAKE_OVER, RunTakeover.decide(new RunOwner(7L, "a", silent), true, Set.of(), "b", NOW));
    }

    @Test
    void aRunThisNodeExecutesIsNeverTakenOverWhateverTheRowSays() {
        assertEquals(Decision.NOTHING, RunTakeover.decide(new RunOwner(7L, "a", 0), true, Set.of(7L), "b", NOW));
    }

    @Test
    void aRunThisNodeOwnedButNoLongerExecutesIsResumedAtOnce() {
        // the node restarted (a crash, kill -9): its name is in the row, its memory has no such run
        assertEquals(Decision.TAKE_OVER, RunTakeover.decide(new RunOwner(7L, "b", NOW), true, Set.of(), "b", NOW));
    }
}
