package org.nonlin.eval;

import java.util.Arrays;
import java.util.List;

/**
 * A k x k table of counts C[a][p], the samples of actual class a predicted as class p (rows actual,
 * columns predicted, both in class-index order), with the class names and the figures that depend
 * on the whole table.
 *
 * <p>With t_c = sum_p C[c][p] (support), p_c = sum_a C[a][c] (predicted count), n the total and s =
 * sum_c C[c][c] the correct predictions:
 *
 * <ul>
 *   <li>accuracy = s / n
 *   <li>Cohen's kappa = (n s - sum_c t_c p_c) / (n^2 - sum_c t_c p_c) (Cohen 1960)
 *   <li>MCC = (n s - sum_c t_c p_c) / sqrt((n^2 - sum_c p_c^2)(n^2 - sum_c t_c^2)), Gorodkin's
 *       (2004) k-category correlation; for k = 2 it is Matthews' coefficient.
 * </ul>
 *
 * Per-class figures come from {@link #oneVsRest}. A ratio with a zero denominator is 0. Immutable;
 * counts are copied in and out.
 */
public final class ConfusionMatrix {

  private final List<String> classNames;
  private final int k;
  private final long[] counts;
  private final long total;

  private ConfusionMatrix(List<String> classNames, long[] counts) {
    this.classNames = Checks.classNames(classNames);
    this.k = classNames.size();
    this.counts = counts;
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException(
            "count " + counts[i] + " at row " + i / k + ", column " + i % k + " must be >= 0");
      }
      sum += counts[i];
    }
    if (sum == 0) {
      throw new IllegalArgumentException("confusion matrix holds no samples");
    }
    this.total = sum;
  }

  /**
   * Counts actual against predicted classes.
   *
   * @param classNames k >= 2 distinct names, one per class index
   * @param actual true class of each sample, in [0, k); not modified
   * @param predicted predicted class of each sample, in [0, k); not modified
   * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a class
   *     index is out of range
   */
  public static ConfusionMatrix of(List<String> classNames, int[] actual, int[] predicted) {
    int k = Checks.classNames(classNames).size();
    Checks.batchShape(actual.length, predicted.length, 1);
    long[] counts = new long[k * k];
    for (int i = 0; i < actual.length; i++) {
      Checks.label(actual[i], k, i);
      Checks.label(predicted[i], k, i);
      counts[actual[i] * k + predicted[i]]++;
    }
    return new ConfusionMatrix(classNames, counts);
  }

  /**
   * A matrix from its counts.
   *
   * @param classNames k >= 2 distinct names
   * @param counts k rows of k non-negative counts, rows actual; copied
   * @throws IllegalArgumentException if the shape is not k x k, a count is negative or all are 0
   */
  public static ConfusionMatrix fromCounts(List<String> classNames, long[][] counts) {
    int k = Checks.classNames(classNames).size();
    long[] flat = new long[k * k];
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "counts have " + counts.length + " rows for " + k + " classes " + classNames);
    }
    for (int a = 0; a < k; a++) {
      if (counts[a].length != k) {
        throw new IllegalArgumentException(
            "counts row " + a + " has " + counts[a].length + " columns for " + k + " classes");
      }
      System.arraycopy(counts[a], 0, flat, a * k, k);
    }
    return new ConfusionMatrix(classNames, flat);
  }

  /** A matrix from row-major counts that the caller hands over and no longer modifies. */
  static ConfusionMatrix wrap(List<String> classNames, long[] rowMajorCounts) {
    return new ConfusionMatrix(classNames, rowMajorCounts);
  }

  /** Class names, one per index. */
  public List<String> classNames() {
    return classNames;
  }

  /** Number of classes k. */
  public int numClasses() {
    return k;
  }

  /**
   * Index of a class name.
   *
   * @throws IllegalArgumentException naming the unknown name and the known ones
   */
  public int classIndex(String name) {
    int index = classNames.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "unknown class '" + name + "'; the classes are " + classNames);
    }
    return index;
  }

  /** C[actual][predicted]. */
  public long count(int actual, int predicted) {
    return counts[actual * k + predicted];
  }

  /** All counts, rows actual; a copy. */
  public long[][] counts() {
    long[][] out = new long[k][];
    for (int a = 0; a < k; a++) {
      out[a] = Arrays.copyOfRange(counts, a * k, (a + 1) * k);
    }
    return out;
  }

  /** n, the number of samples. */
  public long total() {
    return total;
  }

  /** t_c, the number of samples of actual class c. */
  public long support(int c) {
    long sum = 0;
    for (int p = 0; p < k; p++) {
      sum += count(c, p);
    }
    return sum;
  }

  /** p_c, the number of samples predicted as class c. */
  public long predictedCount(int c) {
    long sum = 0;
    for (int a = 0; a < k; a++) {
      sum += count(a, c);
    }
    return sum;
  }

  /**
   * Class c against the rest: TP = C[c][c], FN = t_c - TP, FP = p_c - TP, TN = n - TP - FN - FP.
   * For two classes, {@code oneVsRest(1)} is the usual binary matrix with class 1 positive.
   */
  public BinaryMetrics oneVsRest(int c) {
    long tp = count(c, c);
    long fn = support(c) - tp;
    long fp = predictedCount(c) - tp;
    return new BinaryMetrics(tp, fn, fp, total - tp - fn - fp);
  }

  /** s / n. */
  public double accuracy() {
    return (double) correct() / total;
  }

  /** Cohen's kappa, (n s - sum_c t_c p_c) / (n^2 - sum_c t_c p_c); 0 when the denominator is 0. */
  public double kappa() {
    double n = total;
    double chance = 0;
    for (int c = 0; c < k; c++) {
      chance += (double) support(c) * predictedCount(c);
    }
    return Ratios.of(n * correct() - chance, n * n - chance);
  }

  /** Gorodkin's multi-class MCC in [-1, 1]; 0 when the denominator is 0. */
  public double mcc() {
    double n = total;
    double chance = 0;
    double predictedSquares = 0;
    double supportSquares = 0;
    for (int c = 0; c < k; c++) {
      double t = support(c);
      double p = predictedCount(c);
      chance += t * p;
      predictedSquares += p * p;
      supportSquares += t * t;
    }
    double denominator = Math.sqrt((n * n - predictedSquares) * (n * n - supportSquares));
    return Ratios.of(n * correct() - chance, denominator);
  }

  private long correct() {
    long s = 0;
    for (int c = 0; c < k; c++) {
      s += count(c, c);
    }
    return s;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfusionMatrix that
        && classNames.equals(that.classNames)
        && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * classNames.hashCode() + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix" + classNames + Arrays.deepToString(counts());
  }
}
