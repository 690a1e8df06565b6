package org.nonlin.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A stand-in for the course's 1-4-1 curve-fitting data, which the chapter does not print: one input
 * x drawn uniformly from [0, 1) and one target {@code y = 0.4·sin(2πx) + 0.5 + ε} with noise ε
 * uniform in [−{@link #NOISE}, {@link #NOISE}), so that y stays inside (0, 1). The curve has one
 * hump and one dip, which a 1-4sigmoid-1identity network can fit.
 */
public final class SineCurve {

  /** The amplitude of the sine. */
  public static final double AMPLITUDE = 0.4;

  /** The vertical offset of the sine. */
  public static final double OFFSET = 0.5;

  /** Half the width of the uniform noise added to each target. */
  public static final double NOISE = 0.05;

  /** The network the course fits to this curve. */
  public static final String ARCHITECTURE = "1-4sigmoid-1identity";

  private SineCurve() {}

  /** The noiseless curve {@code 0.4·sin(2πx) + 0.5}. */
  public static double curve(double x) {
    return AMPLITUDE * Math.sin(2 * Math.PI * x) + OFFSET;
  }

  /**
   * {@code rows} samples drawn from a generator seeded with {@code seed}: per row first x, then the
   * noise.
   *
   * @param rows at least 1
   */
  public static Dataset dataset(int rows, long seed) {
    if (rows < 1) {
      throw new IllegalArgumentException("sine-curve size " + rows + " must be >= 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows];
    float[] y = new float[rows];
    for (int r = 0; r < rows; r++) {
      double xr = random.nextDouble();
      x[r] = (float) xr;
      y[r] = (float) (curve(xr) + (2 * random.nextDouble() - 1) * NOISE);
    }
    return Dataset.regression(x, 1, y, 1, List.of("x"));
  }
}
