package org.lifeline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.lifeline.shared.ConflictException;

class VerificationGateTest {

    @Test
    void aSecondWalkWhileOneRunsIsRefusedAndTheNextAfterItRuns() throws Exception {
        VerificationGate gate = new VerificationGate();
        CountDownLatch walking = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.alone(() -> {
            walking.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        walking.await();
        ConflictException refused = assertThrows(ConflictException.class, () -> gate.alone(() -> "second"));
        assertEquals("conflict", refused.code());
        finish.countDown();
        assertEquals("first", first.get());
        assertEquals("third", gate.alone(() -> "third"));
        assertThrows(
                IllegalStateException.class,
                () -> gate.alone(() -> {
                    throw new IllegalStateException("a walk that fails");
                }));
        assertEquals("after a failure", gate.alone(() -> "after a failure"));
    }
}
