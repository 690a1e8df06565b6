package org.nonlin.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The chapter's three 2-D problems as seeded generators, returning raw (not yet normalised)
 * features. Each call with the same arguments returns the same data.
 */
public final class PlaneProblems {

  /** Default training rows of the double arc, as the course. */
  public static final int DOUBLE_ARC_TRAIN = 400;

  /** Default test rows of the double arc. */
  public static final int DOUBLE_ARC_TEST = 100;

  /** Default training rows of the coin hole, as the course. */
  public static final int COIN_HOLE_TRAIN = 1000;

  /** Default test rows of the coin hole. */
  public static final int COIN_HOLE_TEST = 500;

  /** Vertical shift of the double arc's upper class. */
  public static final double ARC_GAP = 0.65;

  private static final List<String> FEATURES = List.of("x1", "x2");

  private PlaneProblems() {}

  /** XOR: (0,0) → 0, (0,1) → 1, (1,0) → 1, (1,1) → 0. */
  public static Dataset xor() {
    return Dataset.classification(
        new float[] {0, 0, 0, 1, 1, 0, 1, 1},
        2,
        new int[] {0, 1, 1, 0},
        FEATURES,
        List.of("0", "1"));
  }

  /**
   * Two noisy sine arcs, {@code rows} points in all, half per class: x1 evenly spaced over [0,
   * 3.14]; class 0 has {@code x2 = sin(x1) + (u − 0.5)/4} with u uniform in [0, 1); class 1 the
   * same curve shifted up by {@link #ARC_GAP}. Rows come shuffled.
   *
   * @param rows total number of points, even and at least 4
   */
  public static Dataset doubleArc(int rows, long seed) {
    if (rows < 4 || rows % 2 != 0) {
      throw new IllegalArgumentException("double-arc size " + rows + " must be even and >= 4");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int half = rows / 2;
    float[] x = new float[rows * 2];
    int[] labels = new int[rows];
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < half; i++) {
        int r = c * half + i;
        double x1 = 3.14 * i / (half - 1);
        double x2 = Math.sin(x1) + (random.nextDouble() - 0.5) / 4 + c * ARC_GAP;
        x[2 * r] = (float) x1;
        x[2 * r + 1] = (float) x2;
        labels[r] = c;
      }
    }
    Dataset ordered = Dataset.classification(x, 2, labels, FEATURES, List.of("0", "1"));
    return ordered.subset(Splits.permutation(rows, random));
  }

  /**
   * The coin hole: points uniform in [−0.5, 0.5]²; class "1" inside the square |x1| < 0.2 and |x2|
   * < 0.2, class "2" inside the circle of radius 0.45 but outside the square, class "3" outside the
   * circle (class indices 0, 1, 2).
   */
  public static Dataset coinHole(int rows, long seed) {
    if (rows < 3) {
      throw new IllegalArgumentException("coin-hole size " + rows + " must be >= 3");
    }
    SplittableRandom random = new SplittableRandom(seed);
    float[] x = new float[rows * 2];
    int[] labels = new int[rows];
    for (int r = 0; r < rows; r++) {
      // label the coordinates as stored: a float32 point can fall on the other side of a border
      float x1 = (float) (random.nextDouble() - 0.5);
      float x2 = (float) (random.nextDouble() - 0.5);
      x[2 * r] = x1;
      x[2 * r + 1] = x2;
      labels[r] = coinHoleClass(x1, x2);
    }
    return Dataset.classification(x, 2, labels, FEATURES, List.of("1", "2", "3"));
  }

  /** The coin-hole class index (0, 1 or 2) of a point. */
  public static int coinHoleClass(double x1, double x2) {
    if (Math.abs(x1) < 0.2 && Math.abs(x2) < 0.2) {
      return 0;
    }
    return x1 * x1 + x2 * x2 < 0.45 * 0.45 ? 1 : 2;
  }
}
