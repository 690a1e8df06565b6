package org.nonlin.bench;

import java.io.IOException;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.tensor.FloatMatrix;
import org.nonlin.tensor.Matrix;

/** Times the products of one training batch of the chapter's network; for quick checks. */
public final class KernelTimer {

  private KernelTimer() {}

  /**
   * Prints the best time of each product over many repetitions.
   *
   * @throws IOException when the data cannot be read
   */
  public static void main(String[] args) throws IOException {
    int m = args.length > 0 ? Integer.parseInt(args[0]) : 128;
    Dataset train = Idx.train(Idx.FASHION_MNIST);
    int[] order = new int[m];
    for (int i = 0; i < m; i++) {
      order[i] = i * 7;
    }
    float[] xs = new float[m * 784];
    train.gatherFeatures(order, 0, m, xs);
    SplittableRandom r = new SplittableRandom(1);
    FloatMatrix x = FloatMatrix.of(m, 784, xs);
    FloatMatrix w1 = Workloads.uniform(784, 64, r);
    FloatMatrix dz1 = Workloads.uniform(m, 64, r);
    FloatMatrix a1 = Workloads.uniform(m, 64, r);
    FloatMatrix w2 = Workloads.uniform(64, 16, r);
    FloatMatrix dz2 = Workloads.uniform(m, 16, r);
    FloatMatrix z1 = new FloatMatrix(m, 64);
    FloatMatrix dw1 = new FloatMatrix(784, 64);
    FloatMatrix z2 = new FloatMatrix(m, 16);
    FloatMatrix dw2 = new FloatMatrix(64, 16);
    FloatMatrix da1 = new FloatMatrix(m, 64);
    for (int round = 0; round < 3; round++) {
      time("X.W1    ", z1, x, false, w1, false, 784L * 64 * m);
      time("Xt.dZ1  ", dw1, x, true, dz1, false, 784L * 64 * m);
      time("A1.W2   ", z2, a1, false, w2, false, 64L * 16 * m);
      time("A1t.dZ2 ", dw2, a1, true, dz2, false, 64L * 16 * m);
      time("dZ2.W2t ", da1, dz2, false, w2, true, 64L * 16 * m);
    }
  }

  private static void time(
      String name, Matrix c, Matrix a, boolean ta, Matrix b, boolean tb, long macs) {
    long best = Long.MAX_VALUE;
    long total = 0;
    int reps = (int) Math.max(50, 2_000_000_000L / macs / 10);
    for (int rep = 0; rep < reps; rep++) {
      long t0 = System.nanoTime();
      c.multiply(a, ta, b, tb, 1.0 / 128, 0.0);
      long t = System.nanoTime() - t0;
      best = Math.min(best, t);
      total += t;
    }
    System.out.printf(
        "%s best %8.1f us  mean %8.1f us  %6.1f GFLOP/s dense-equivalent%n",
        name, best / 1e3, total / 1e3 / reps, 2.0 * macs / best);
  }
}
