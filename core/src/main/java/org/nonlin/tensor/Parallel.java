package org.nonlin.tensor;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the chunks of one job on the calling thread and, when there are two cores, on one parked
 * helper thread. Chunks are claimed one at a time from a shared counter, so whoever is free takes
 * the next one; the caller never waits for a helper that has not woken up, it simply does the work
 * itself. Each chunk writes its own part of the output, so the result does not depend on who ran
 * which chunk: it is bit-identical for every thread count.
 *
 * <p>Nothing spins: the helper parks between jobs and the caller parks only while the helper
 * finishes a chunk it has already claimed. The thread count is {@code min(2, cores)}, or the system
 * property {@code nonlin.threads} (1 turns the helper off).
 */
final class Parallel {

  /** A job cut into {@code chunks} independent pieces. */
  interface Job {
    /** Runs piece {@code chunk}; called once per piece, from any of the threads. */
    void run(int chunk);
  }

  /** How many threads a job may use: 1 or 2. */
  static final int THREADS =
      Math.max(
          1,
          Math.min(
              2, Integer.getInteger("nonlin.threads", Runtime.getRuntime().availableProcessors())));

  private static final Helper HELPER = THREADS > 1 ? new Helper() : null;

  private Parallel() {}

  /** Runs pieces 0..chunks−1 of {@code job}, on two threads when one is free. */
  static void run(Job job, int chunks) {
    if (HELPER == null || chunks < 2 || !HELPER.offer(job, chunks)) {
      for (int c = 0; c < chunks; c++) {
        job.run(c);
      }
      return;
    }
    HELPER.work();
    HELPER.finish();
  }

  /** The one helper thread and the state of the job it shares. */
  private static final class Helper implements Runnable {
    /** Generation in the high half, next unclaimed chunk in the low half. */
    private final AtomicLong claims = new AtomicLong();

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile Job job;
    private volatile int chunks;
    private volatile Thread caller;
    private volatile Throwable failure;
    private Thread thread;

    /** Publishes a job unless another caller is using the helper; false means run it alone. */
    boolean offer(Job next, int count) {
      if (!busy.compareAndSet(0, 1)) {
        return false;
      }
      if (thread == null) {
        thread = new Thread(this, "nonlin-kernel-helper");
        thread.setDaemon(true);
        thread.start();
      }
      caller = Thread.currentThread();
      failure = null;
      done.set(0);
      chunks = count;
      job = next;
      long generation = (claims.get() >>> 32) + 1;
      claims.set(generation << 32);
      LockSupport.unpark(thread);
      return true;
    }

    /**
     * Claims and runs chunks of the current generation until none is left. A claim succeeds only
     * while the generation is unchanged, so a helper that woke late never runs a chunk of a job
     * with another job's code.
     */
    void work() {
      long state = claims.get();
      long generation = state >>> 32;
      Job current = job;
      int count = chunks;
      while ((state >>> 32) == generation && (int) state < count) {
        if (!claims.compareAndSet(state, state + 1)) {
          state = claims.get();
          continue;
        }
        try {
          current.run((int) state);
        } catch (Throwable t) {
          failure = t;
        }
        if (done.incrementAndGet() == count) {
          LockSupport.unpark(caller);
        }
        state = claims.get();
      }
    }

    /** Waits until every chunk has run, then frees the helper for the next caller. */
    void finish() {
      while (done.get() < chunks) {
        LockSupport.park(this);
      }
      job = null;
      Throwable t = failure;
      busy.set(0);
      if (t instanceof RuntimeException e) {
        throw e;
      }
      if (t instanceof Error e) {
        throw e;
      }
    }

    @Override
    public void run() {
      long seen = 0;
      while (true) {
        long state = claims.get();
        if ((state >>> 32) == seen || job == null) {
          LockSupport.park(this);
          continue;
        }
        seen = state >>> 32;
        work();
      }
    }
  }
}
