package org.gilvm.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The GIL on its own, driven by plain Java threads that play interpreters: each holds the GIL
 * while it "runs bytecode" (spins) and looks at its eval breaker as the dispatch loop does. What
 * must always hold is asserted (one holder at a time; a requested drop hands the GIL to the
 * waiter before the dropper takes it back); what depends on timing only has generous bounds.
 */
class GilTest {
    private static final long ONE_MS = 1_000_000L;

    /** A thread that keeps the GIL until asked to drop it, {@code turns} times. */
    private static Thread interpreter(Gil gil, GilThread t, AtomicInteger holders, AtomicInteger violations,
                                      int turns, long deadlineNanos) {
        return new Thread(() -> {
            gil.take(t);
            int taken = 1;
            while (taken < turns && System.nanoTime() < deadlineNanos) {
                if (holders.incrementAndGet() != 1) {
                    violations.incrementAndGet();
                }
                Thread.onSpinWait();
                holders.decrementAndGet();
                if (t.breaker.take(EvalBreaker.GIL_DROP_REQUEST)) {
                    gil.yieldTo(t);
                    taken++;
                }
            }
            gil.drop(t);
        });
    }

    /**
     * Two threads: forced switching makes them alternate (the dropper waits until the other has
     * taken the GIL). With three or more, which waiter wins is up to the scheduler, as in CPython.
     */
    @Test
    void oneHolderAtATimeAndTwoThreadsTakeTurns() throws InterruptedException {
        Gil gil = new Gil(true, ONE_MS);
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger violations = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<GilThread> states = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            GilThread t = new GilThread("t" + i);
            states.add(t);
            threads.add(interpreter(gil, t, holders, violations, 5, deadline));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(0, violations.get(), "two threads held the GIL at once");
        for (GilThread t : states) {
            assertTrue(t.acquisitions() >= 5, t.name() + " took the GIL only " + t.acquisitions() + " times in 20 s");
        }
        assertTrue(gil.switches() >= 8, "switches: " + gil.switches());
        assertTrue(gil.dropRequests() >= 8, "drop requests: " + gil.dropRequests());
        assertFalse(gil.isLocked());
    }

    @Test
    void aRequestedDropWaitsUntilTheWaiterHasTakenTheGil() throws InterruptedException {
        Gil gil = new Gil(true, ONE_MS);
        GilThread holder = new GilThread("holder");
        GilThread waiter = new GilThread("waiter");
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        gil.take(holder);
        CountDownLatch waiting = new CountDownLatch(1);
        Thread w = new Thread(() -> {
            waiting.countDown();
            gil.take(waiter); // times out after 1 ms and sets the holder's drop request
            log.add("waiter took");
            gil.drop(waiter);
        });
        w.start();
        waiting.await();
        while (!holder.breaker.take(EvalBreaker.GIL_DROP_REQUEST)) {
            Thread.onSpinWait();
        }
        gil.yieldTo(holder);
        log.add("holder took back");
        gil.drop(holder);
        w.join();
        assertEquals(List.of("waiter took", "holder took back"), log);
        assertEquals(3, gil.switches(), "holder, waiter, holder again");
        assertTrue(gil.dropRequests() >= 1, "the waiter asked for the GIL");
    }

    @Test
    void aDropWithoutARequestDoesNotWaitForAHandOff() {
        Gil gil = new Gil(true, ONE_MS);
        GilThread t = new GilThread("alone");
        gil.take(t);
        gil.drop(t); // nobody waits: returns at once
        gil.take(t);
        gil.drop(t);
        assertEquals(2, t.acquisitions());
        assertEquals(1, gil.switches(), "taking it back is not a hand-off");
    }

    @Test
    void switchedOffTheGilLetsEveryThreadRunAtOnce() throws InterruptedException {
        Gil gil = new Gil(false, ONE_MS);
        CountDownLatch bothInside = new CountDownLatch(2);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            GilThread t = new GilThread("t" + i);
            threads.add(new Thread(() -> {
                gil.take(t);
                bothInside.countDown();
                try {
                    bothInside.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                gil.drop(t);
            }));
        }
        threads.forEach(Thread::start);
        assertTrue(bothInside.await(20, TimeUnit.SECONDS), "both threads were inside at the same time");
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(0, gil.switches());
    }
}
