package org.nonlin.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * Checks that shared jobs run every chunk once and that a slow helper is left alone for a while.
 */
class ParallelTest {

  @Test
  void run_manyJobs_runsEveryChunkExactlyOnce() {
    // given
    int chunks = 37;
    AtomicIntegerArray runs = new AtomicIntegerArray(chunks);

    // when: 200 jobs, as many as a few training batches hand over
    for (int job = 0; job < 200; job++) {
      Parallel.run((chunk, worker) -> runs.incrementAndGet(chunk), chunks);
    }

    // then
    int[] expected = new int[chunks];
    Arrays.fill(expected, 200);
    int[] actual = new int[chunks];
    for (int c = 0; c < chunks; c++) {
      actual[c] = runs.get(c);
    }
    assertArrayEquals(expected, actual);
  }

  @Test
  void run_chunkThrows_rethrowsOnCaller() {
    // given
    IllegalStateException failure = new IllegalStateException("chunk 5");
    Parallel.Job job =
        (chunk, worker) -> {
          if (chunk == 5) {
            throw failure;
          }
        };

    // when
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> Parallel.run(job, 8));

    // then
    assertSame(failure, thrown);
  }

  @Test
  void backoff_stall_skipsEightJobsThenDoublesOnTheNextStall() {
    // given: the caller worked 50 µs, then waited 3 ms for the helper
    Parallel.Backoff backoff = new Parallel.Backoff();

    // when
    backoff.record(50_000, 3_000_000);

    // then: the next 8 jobs run alone, the ninth is shared again
    for (int job = 0; job < 8; job++) {
      assertTrue(backoff.skip(), "job " + job);
    }
    assertFalse(backoff.skip());

    // and a second stall right after keeps 16 off the helper
    backoff.record(50_000, 3_000_000);
    assertEquals(16, backoff.skipped());
  }

  @Test
  void backoff_shortWaits_neverSkip() {
    // given: waits below 200 µs, or below the caller's own share, are a chunk just begun
    Parallel.Backoff backoff = new Parallel.Backoff();

    // when
    backoff.record(50_000, 150_000);
    backoff.record(900_000, 800_000);

    // then
    assertEquals(0, backoff.skipped());
  }

  @Test
  void backoff_cleanJobsAfterStalls_halveThePenalty() {
    // given: two stalls make the penalty 16
    Parallel.Backoff backoff = new Parallel.Backoff();
    backoff.record(0, 1_000_000);
    backoff.record(0, 1_000_000);
    while (backoff.skip()) {
      // the 16 skipped jobs
    }

    // when: one clean shared job (16 -> 8), then a stall (8 -> 16)
    backoff.record(100_000, 10_000);
    backoff.record(0, 1_000_000);

    // then
    assertEquals(16, backoff.skipped());
  }
}
