package org.nonlin.tune;

import java.util.ArrayList;
import java.util.List;

/**
 * The three learning rates a range test's curve suggests, one per {@link SuggestionRule}.
 *
 * <p>All three skip the first recorded points (where a moving average has seen only a few noisy
 * batches, whose chance dips would otherwise look like the steepest descent), then read the curve
 * reduced to one point per distinct rate (for a piecewise sweep, the last point recorded at each
 * held rate), in order of rising rate: rates η_i, smoothed losses s_i and {@code u_i = log10 η_i},
 * i = 0..n−1.
 *
 * <ul>
 *   <li><b>steepest</b>: the η_i with the most negative slope {@code g_i = (s_{i+1} − s_{i−1}) /
 *       (u_{i+1} − u_{i−1})}, one-sided at both ends; the first such on ties. Needs n ≥ 2.
 *   <li><b>minimum</b>: {@code η_k / 10} for the first k with the lowest s_k. Needs n ≥ 1.
 *   <li><b>valley</b>: of all sequences of points along which the loss strictly falls, the longest
 *       (the one ending first on ties) spans the points a..b; the rate is η at index {@code a +
 *       round(2(b − a) / 3)}, two thirds of the way down that stretch. The sequence may skip
 *       points, so a single noisy bump does not cut the valley in two. Needs n ≥ 1.
 * </ul>
 *
 * <p>A rate that the curve is too short for is NaN. Points whose smoothed loss is NaN are never
 * chosen (a range test records none).
 *
 * @param steepest the steepest-descent rate, or NaN
 * @param minimumTenth the rate of the minimum divided by 10, or NaN
 * @param valley the valley rate, or NaN
 * @param lowest the rate of the minimum itself (not a suggestion: the edge past which the loss
 *     rises; the figure the course reads off its 1-4-1 curve), or NaN
 */
public record Suggestions(double steepest, double minimumTenth, double valley, double lowest) {

  /** The divisor of the minimum rule. */
  public static final double MINIMUM_DIVISOR = 10;

  /** How far down the valley the valley rule goes. */
  public static final double VALLEY_FRACTION = 2.0 / 3.0;

  /**
   * The three suggestions for {@code points}, which must be in order of non-decreasing rate.
   *
   * @param skip how many points at the start to leave out, at least 0; all NaN when none remain
   */
  public static Suggestions of(List<RangePoint> points, int skip) {
    if (skip < 0) {
      throw new IllegalArgumentException("points to skip " + skip + " must be >= 0");
    }
    List<RangePoint> curve =
        onePerRate(points.subList(Math.min(skip, points.size()), points.size()));
    double lowest = lowest(curve);
    return new Suggestions(steepest(curve), lowest / MINIMUM_DIVISOR, valley(curve), lowest);
  }

  /** The suggestion of {@code rule}. */
  public double get(SuggestionRule rule) {
    return switch (rule) {
      case STEEPEST -> steepest;
      case MINIMUM -> minimumTenth;
      case VALLEY -> valley;
    };
  }

  private static List<RangePoint> onePerRate(List<RangePoint> points) {
    List<RangePoint> curve = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      boolean lastOfRate =
          i == points.size() - 1
              || points.get(i + 1).learningRate() != points.get(i).learningRate();
      if (lastOfRate) {
        curve.add(points.get(i));
      }
    }
    return curve;
  }

  private static double steepest(List<RangePoint> curve) {
    int n = curve.size();
    if (n < 2) {
      return Double.NaN;
    }
    int best = -1;
    double bestSlope = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      RangePoint left = curve.get(Math.max(0, i - 1));
      RangePoint right = curve.get(Math.min(n - 1, i + 1));
      double slope =
          (right.smoothedLoss() - left.smoothedLoss())
              / (Math.log10(right.learningRate()) - Math.log10(left.learningRate()));
      if (slope < bestSlope) {
        bestSlope = slope;
        best = i;
      }
    }
    return best < 0 ? Double.NaN : curve.get(best).learningRate();
  }

  private static double lowest(List<RangePoint> curve) {
    int best = -1;
    for (int i = 0; i < curve.size(); i++) {
      if (best < 0 || curve.get(i).smoothedLoss() < curve.get(best).smoothedLoss()) {
        best = i;
      }
    }
    return best < 0 ? Double.NaN : curve.get(best).learningRate();
  }

  /**
   * The longest strictly falling subsequence by dynamic programming: {@code length[i]} is the
   * longest that ends at i and {@code first[i]} where that one starts. O(n²), n = distinct rates.
   */
  private static double valley(List<RangePoint> curve) {
    int n = curve.size();
    if (n == 0) {
      return Double.NaN;
    }
    int[] length = new int[n];
    int[] first = new int[n];
    int end = 0;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      first[i] = i;
      for (int j = 0; j < i; j++) {
        if (curve.get(i).smoothedLoss() < curve.get(j).smoothedLoss()
            && length[j] + 1 > length[i]) {
          length[i] = length[j] + 1;
          first[i] = first[j];
        }
      }
      if (length[i] > length[end]) {
        end = i;
      }
    }
    int start = first[end];
    int index = start + (int) Math.round(VALLEY_FRACTION * (end - start));
    return curve.get(index).learningRate();
  }
}
