package org.nonlin.ensemble;

import java.util.List;

/**
 * The arithmetic of voting, shared by every ensemble: argmax, vote shares, averaged probabilities
 * and the plurality vote. Arrays are {@code rows x k}, row-major; nothing passed in is modified.
 */
final class Votes {

  private Votes() {}

  /** Checks that {@code x} holds {@code rows} rows of {@code inputs} features. */
  static void requireInput(float[] x, int rows, int inputs) {
    if (rows < 0 || (long) rows * inputs != x.length) {
      throw new IllegalArgumentException(
          x.length + " input values are not " + rows + " rows of width " + inputs);
    }
  }

  /** {@code argmax_c p[r, c]} of every row; ties go to the lowest index and NaN never wins. */
  static int[] argmax(float[] p, int k) {
    int[] best = new int[p.length / k];
    for (int r = 0; r < best.length; r++) {
      for (int c = 1; c < k; c++) {
        if (p[r * k + c] > p[r * k + best[r]]) {
          best[r] = c;
        }
      }
    }
    return best;
  }

  /**
   * The mean of the members' arrays, {@code P[r, c] = (1/M) Σ_m P_m[r, c]}, summed in double
   * precision in member order and rounded to float once.
   */
  static float[] mean(List<float[]> probabilities) {
    int m = probabilities.size();
    double[] sum = new double[probabilities.get(0).length];
    for (float[] p : probabilities) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += p[i];
      }
    }
    float[] mean = new float[sum.length];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = (float) (sum[i] / m);
    }
    return mean;
  }

  /** Vote shares {@code S[r, c] = (number of members predicting c for row r) / M}. */
  static float[] shares(List<int[]> predictions, int k) {
    int rows = predictions.get(0).length;
    int[] counts = counts(predictions, k);
    float[] shares = new float[rows * k];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = (float) counts[i] / predictions.size();
    }
    return shares;
  }

  /**
   * The plurality vote: the class most members predict; among classes with equally many votes, the
   * one with the larger {@code tieBreak[r, c]} (for bagging, the mean probability), and among
   * those, the lowest index.
   */
  static int[] plurality(List<int[]> predictions, float[] tieBreak, int k) {
    int rows = predictions.get(0).length;
    int[] counts = counts(predictions, k);
    int[] winners = new int[rows];
    for (int r = 0; r < rows; r++) {
      int best = 0;
      for (int c = 1; c < k; c++) {
        int i = r * k + c;
        int b = r * k + best;
        if (counts[i] > counts[b] || (counts[i] == counts[b] && tieBreak[i] > tieBreak[b])) {
          best = c;
        }
      }
      winners[r] = best;
    }
    return winners;
  }

  private static int[] counts(List<int[]> predictions, int k) {
    int rows = predictions.get(0).length;
    int[] counts = new int[rows * k];
    for (int[] predicted : predictions) {
      for (int r = 0; r < rows; r++) {
        counts[r * k + predicted[r]]++;
      }
    }
    return counts;
  }
}
