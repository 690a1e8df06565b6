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
 * finishes a chunk it has already claimed; when that wait shows the helper's core to be busy with
 * something else, jobs stay on the calling thread for a while ({@link Backoff}). The thread count
 * is {@code min(2, cores)}, or the system property {@code nonlin.threads} (1 turns the helper off).
 *
 * <p>A job that runs inside a chunk of another job (a product inside {@code Network.predict}'s
 * blocks) finds the helper taken and stays on its own thread, so the outer job decides how the work
 * is shared.
 */
public final class Parallel {

  /** A job cut into {@code chunks} independent pieces. */
  public interface Job {
    /**
     * Runs piece {@code chunk}; called once per piece, from either thread.
     *
     * @param worker 0 on the calling thread, 1 on the helper: an index for per-thread scratch
     *     space, which two pieces running at the same time never share
     */
    void run(int chunk, int worker);
  }

  /** How many threads a job may use: 1 or 2. */
  public static final int THREADS =
      Math.max(
          1,
          Math.min(
              2, Integer.getInteger("nonlin.threads", Runtime.getRuntime().availableProcessors())));

  private static final Helper HELPER = THREADS > 1 ? new Helper() : null;

  private Parallel() {}

  /** Runs pieces 0..chunks−1 of {@code job}, on two threads when one is free. */
  public static void run(Job job, int chunks) {
    if (HELPER == null || chunks < 2 || !HELPER.offer(job, chunks)) {
      for (int c = 0; c < chunks; c++) {
        job.run(c, 0);
      }
      return;
    }
    long start = System.nanoTime();
    HELPER.work(0);
    long worked = System.nanoTime();
    HELPER.finish(worked - start);
  }

  /**
   * Keeps jobs off the helper for a while after it kept the caller waiting. When another process
   * has the helper's core, the helper can be descheduled in the middle of a chunk, and the caller
   * then waits for a scheduler time slice (milliseconds) where a chunk takes tens of microseconds:
   * two threads become slower than one. So a wait longer than both the caller's own share of the
   * job and {@link #STALL_NANOS} sends the next jobs to the calling thread alone, 8 after a first
   * stall and twice as many after each stall that follows, up to {@link #MAX_SKIPPED}; every job
   * shared without a stall halves the count again. Results do not change: they are the same for
   * every thread count.
   */
  static final class Backoff {
    /** Waits shorter than this are never stalls: a chunk the helper had just begun. */
    static final long STALL_NANOS = 200_000;

    /** The most jobs kept off the helper after one stall. */
    static final int MAX_SKIPPED = 1 << 12;

    private int penalty;
    private int skipped;

    /** True when this job should run on the calling thread alone; counts it. */
    boolean skip() {
      if (skipped > 0) {
        skipped--;
        return true;
      }
      return false;
    }

    /** Records how a shared job went: the caller's own work and its wait for the helper. */
    void record(long ownNanos, long waitNanos) {
      if (waitNanos > Math.max(STALL_NANOS, ownNanos)) {
        penalty = penalty == 0 ? 8 : Math.min(MAX_SKIPPED, 2 * penalty);
        skipped = penalty;
      } else {
        penalty /= 2;
      }
    }

    /** Jobs still to run alone. */
    int skipped() {
      return skipped;
    }
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

    /** Touched only by the caller that holds {@link #busy}. */
    private final Backoff backoff = new Backoff();

    /** Publishes a job unless another caller is using the helper; false means run it alone. */
    boolean offer(Job next, int count) {
      if (!busy.compareAndSet(0, 1)) {
        return false;
      }
      if (backoff.skip()) {
        busy.set(0);
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
     *
     * @param worker 0 for the caller, 1 for the helper thread
     */
    void work(int worker) {
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
          current.run((int) state, worker);
        } catch (Throwable t) {
          failure = t;
        }
        if (done.incrementAndGet() == count) {
          LockSupport.unpark(caller);
        }
        state = claims.get();
      }
    }

    /**
     * Waits until every chunk has run, then frees the helper for the next caller.
     *
     * @param ownNanos how long the caller spent on its own chunks of this job
     */
    void finish(long ownNanos) {
      long waitFrom = System.nanoTime();
      while (done.get() < chunks) {
        LockSupport.park(this);
      }
      backoff.record(ownNanos, System.nanoTime() - waitFrom);
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
        work(1);
      }
    }
  }
}
