package org.nonlin.imbalance;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Lloyd's k-means with k-means++ seeding (Arthur & Vassilvitskii 2007) on a subset of feature rows.
 *
 * <p>Seeding: the first centre is a uniformly random row; each next one is a row drawn with
 * probability proportional to D², its squared distance to the nearest centre chosen so far. Then
 * every row is assigned to its nearest centre (ties to the lower centre index) and every centre
 * moves to the mean of its rows, until no assignment changes or the iteration limit is reached. A
 * centre left with no rows takes over the row farthest from its own centre, so exactly k centres
 * come out. Sums are kept in double precision. Time is O(rows · k · cols) per iteration.
 */
final class KMeans {

  private final float[] x;
  private final int cols;
  private final int[] rows;
  private final int k;
  private final double[] centres;
  private final int[] assignment;
  private final double[] nearest;

  private KMeans(float[] x, int cols, int[] rows, int k) {
    this.x = x;
    this.cols = cols;
    this.rows = rows;
    this.k = k;
    this.centres = new double[k * cols];
    this.assignment = new int[rows.length];
    this.nearest = new double[rows.length];
  }

  /**
   * The k centres of the given rows.
   *
   * @param x feature rows, row-major; not modified
   * @param rows the rows to cluster, at least k of them
   * @param maxIterations the most assignment-and-update rounds
   * @return k centres, row-major, {@code k * cols} values
   */
  static float[] centres(
      float[] x, int cols, int[] rows, int k, int maxIterations, SplittableRandom random) {
    KMeans kMeans = new KMeans(x, cols, rows, k);
    kMeans.seed(random);
    Arrays.fill(kMeans.assignment, -1);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      if (!kMeans.assign()) {
        break;
      }
      kMeans.refillEmpty();
      kMeans.update();
    }
    float[] out = new float[k * cols];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) kMeans.centres[i];
    }
    return out;
  }

  /** k-means++: D²-weighted choice of each next centre among the rows. */
  private void seed(SplittableRandom random) {
    setCentre(0, rows[random.nextInt(rows.length)]);
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    for (int j = 1; j < k; j++) {
      double total = 0;
      for (int i = 0; i < rows.length; i++) {
        nearest[i] = Math.min(nearest[i], distanceToCentre(rows[i], j - 1));
        total += nearest[i];
      }
      setCentre(j, rows[pickByWeight(total, random)]);
    }
  }

  /** An index drawn with probability nearest[i] / total; uniform when every weight is 0. */
  private int pickByWeight(double total, SplittableRandom random) {
    if (total == 0) {
      return random.nextInt(rows.length);
    }
    double threshold = random.nextDouble() * total;
    double cumulative = 0;
    int last = 0;
    for (int i = 0; i < rows.length; i++) {
      if (nearest[i] > 0) {
        cumulative += nearest[i];
        last = i;
        if (cumulative > threshold) {
          return i;
        }
      }
    }
    return last;
  }

  /** Assigns every row to its nearest centre; true when any assignment changed. */
  private boolean assign() {
    boolean changed = false;
    for (int i = 0; i < rows.length; i++) {
      int best = 0;
      double bestDistance = distanceToCentre(rows[i], 0);
      for (int j = 1; j < k; j++) {
        double d = distanceToCentre(rows[i], j);
        if (d < bestDistance) {
          best = j;
          bestDistance = d;
        }
      }
      changed |= assignment[i] != best;
      assignment[i] = best;
      nearest[i] = bestDistance;
    }
    return changed;
  }

  /** Gives every centre without rows the row farthest from its centre, taken from a larger one. */
  private void refillEmpty() {
    int[] sizes = new int[k];
    for (int cluster : assignment) {
      sizes[cluster]++;
    }
    for (int j = 0; j < k; j++) {
      if (sizes[j] > 0) {
        continue;
      }
      int farthest = -1;
      for (int i = 0; i < rows.length; i++) {
        if (sizes[assignment[i]] > 1 && (farthest < 0 || nearest[i] > nearest[farthest])) {
          farthest = i;
        }
      }
      sizes[assignment[farthest]]--;
      sizes[j] = 1;
      assignment[farthest] = j;
      nearest[farthest] = 0;
    }
  }

  /** Moves every centre to the mean of its rows. */
  private void update() {
    Arrays.fill(centres, 0);
    int[] sizes = new int[k];
    for (int i = 0; i < rows.length; i++) {
      int offset = assignment[i] * cols;
      int row = rows[i] * cols;
      for (int c = 0; c < cols; c++) {
        centres[offset + c] += x[row + c];
      }
      sizes[assignment[i]]++;
    }
    for (int j = 0; j < k; j++) {
      for (int c = 0; c < cols; c++) {
        centres[j * cols + c] /= sizes[j];
      }
    }
  }

  private void setCentre(int j, int row) {
    for (int c = 0; c < cols; c++) {
      centres[j * cols + c] = x[row * cols + c];
    }
  }

  private double distanceToCentre(int row, int j) {
    double sum = 0;
    for (int c = 0; c < cols; c++) {
      double d = x[row * cols + c] - centres[j * cols + c];
      sum += d * d;
    }
    return sum;
  }
}
