package org.nonlin.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** Runs independent tasks on a fixed pool whose idle threads wait without spinning. */
final class Parallel {

  private Parallel() {}

  /**
   * Calls every task, at most {@code threads} at once, and returns the results in task order; with
   * one thread, on the calling thread.
   *
   * @throws RuntimeException the first failure in task order, as the task threw it
   */
  static <T> List<T> callAll(List<Callable<T>> tasks, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be >= 1");
    }
    int size = Math.min(threads, tasks.size());
    ExecutorService pool = size > 1 ? Executors.newFixedThreadPool(size) : null;
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool == null ? completed(task) : pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a run", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static <T> Future<T> completed(Callable<T> task) {
    FutureTask<T> future = new FutureTask<>(task);
    future.run();
    return future;
  }
}
