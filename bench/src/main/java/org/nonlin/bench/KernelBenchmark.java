package org.nonlin.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nonlin.tensor.FloatMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The float32 products of one training step of the chapter's network, batch 128: {@code shape} is
 * {@code MxKxN} and {@code op} says which operand is read transposed ({@code nn}, {@code tn} for
 * Aᵀ·B as in dW = Aᵀ·dZ, {@code nt} for A·Bᵀ as in dA = dZ·Wᵀ). GFLOP/s = 2·M·K·N / time; the
 * report script computes it. Operands are random with half the entries of A zero, like pixels.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KernelBenchmark extends ForkedBenchmark {

  /** M x K x N of op(A)·op(B). */
  @Param({"128x784x64", "784x128x64", "128x64x16", "64x128x16", "128x16x64", "1024x784x64"})
  public String shape;

  /** Transposes: nn, tn or nt. */
  @Param({"nn"})
  public String op;

  private FloatMatrix a;
  private FloatMatrix b;
  private FloatMatrix c;
  private boolean ta;
  private boolean tb;

  /** Builds the operands. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] dims = shape.split("x");
    int m = Integer.parseInt(dims[0]);
    int k = Integer.parseInt(dims[1]);
    int n = Integer.parseInt(dims[2]);
    ta = op.equals("tn");
    tb = op.equals("nt");
    SplittableRandom random = new SplittableRandom(1);
    a = fill(ta ? k : m, ta ? m : k, random, true);
    b = fill(tb ? n : k, tb ? k : n, random, false);
    c = new FloatMatrix(m, n);
  }

  /** C = A·B (or a transposed form), alpha 1/128 as in the gradient products. */
  @Benchmark
  public FloatMatrix multiply() {
    c.multiply(a, ta, b, tb, 1.0 / 128, 0.0);
    return c;
  }

  private static FloatMatrix fill(int rows, int cols, SplittableRandom random, boolean sparse) {
    FloatMatrix m = new FloatMatrix(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m.set(i, j, sparse && random.nextBoolean() ? 0.0 : random.nextDouble(-1, 1));
      }
    }
    return m;
  }
}
