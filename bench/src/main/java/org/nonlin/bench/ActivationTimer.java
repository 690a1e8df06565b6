package org.nonlin.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.nonlin.tensor.FloatMatrix;

/**
 * Times the element-wise activation kernels (sigmoid, tanh and their gradients) on a 128x64 batch
 * and on 10,000x64 rows, then the product Z1 = X·W1 of a 128-row batch, to see that the activations
 * leave the product's speed alone; for quick checks, not a JMH benchmark. Every figure is the
 * median (min – max) of timed blocks of about 2^22 elements each, after warm-up blocks. The
 * gradients multiply d in place, so d is restored from a copy every 16 calls (included in the time)
 * to keep it away from slow subnormals. Run with {@code -Dnonlin.threads=1} for steady product
 * figures.
 */
public final class ActivationTimer {

  private static final int BLOCK_ELEMENTS = 1 << 22;
  private static final int WARM_BLOCKS = 4;
  private static final int BLOCKS = 9;
  private static final int RESTORE_EVERY = 16;

  private ActivationTimer() {}

  /**
   * Prints one line per kernel and size: ns per element and bytes allocated per call (net of what
   * reading the allocation counter allocates).
   */
  public static void main(String[] args) {
    SplittableRandom random = new SplittableRandom(1);
    for (int rows : new int[] {128, 10_000}) {
      FloatMatrix z = uniform(rows, 64, -6, 6, random);
      FloatMatrix sigmoid = new FloatMatrix(rows, 64);
      FloatMatrix tanh = new FloatMatrix(rows, 64);
      z.sigmoid(sigmoid);
      z.tanh(tanh);
      float[] d0 = uniform(rows, 64, -1, 1, random).toFloatArray();
      FloatMatrix d = FloatMatrix.of(rows, 64, d0);
      String shape = rows + "x64";
      report("sigmoid          " + shape, rows * 64, call -> z.sigmoid(sigmoid));
      report("tanh             " + shape, rows * 64, call -> z.tanh(tanh));
      report(
          "sigmoid gradient " + shape,
          rows * 64,
          call -> {
            restore(call, d, d0);
            d.multiplyBySigmoidDerivative(sigmoid);
          });
      report(
          "tanh gradient    " + shape,
          rows * 64,
          call -> {
            restore(call, d, d0);
            d.multiplyByTanhDerivative(tanh);
          });
    }
    FloatMatrix x = uniform(128, 784, 0, 1, random);
    FloatMatrix w1 = uniform(784, 64, -0.1, 0.1, random);
    FloatMatrix z1 = new FloatMatrix(128, 64);
    report(
        "product X.W1 128x784x64", 128 * 784 * 64, call -> z1.multiply(x, false, w1, false, 1, 0));
  }

  /** One call of a kernel; {@code call} counts the calls of a block from 0. */
  private interface Kernel {
    void run(int call);
  }

  private static void restore(int call, FloatMatrix d, float[] d0) {
    if (call % RESTORE_EVERY == 0) {
      System.arraycopy(d0, 0, d.array(), 0, d0.length);
    }
  }

  private static void report(String name, int elements, Kernel kernel) {
    int calls = Math.max(RESTORE_EVERY, BLOCK_ELEMENTS / elements);
    double[] nsPerElement = new double[BLOCKS];
    long allocated = 0;
    for (int block = -WARM_BLOCKS; block < BLOCKS; block++) {
      long bytes0 = allocatedBytes();
      long t0 = System.nanoTime();
      for (int call = 0; call < calls; call++) {
        kernel.run(call);
      }
      long t1 = System.nanoTime();
      long bytes1 = allocatedBytes();
      if (block >= 0) {
        nsPerElement[block] = (t1 - t0) / ((double) calls * elements);
        allocated += bytes1 - bytes0 - (allocatedBytes() - bytes1);
      }
    }
    Arrays.sort(nsPerElement);
    System.out.printf(
        "%s  %8.3f ns/element (%.3f - %.3f)  %6.1f bytes/call%n",
        name,
        nsPerElement[BLOCKS / 2],
        nsPerElement[0],
        nsPerElement[BLOCKS - 1],
        allocated / ((double) calls * BLOCKS));
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  private static FloatMatrix uniform(
      int rows, int cols, double low, double high, SplittableRandom random) {
    FloatMatrix m = new FloatMatrix(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m.set(i, j, random.nextDouble(low, high));
      }
    }
    return m;
  }
}
