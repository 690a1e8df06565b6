package org.nonlin.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Positions and labels of an axis's ticks, "nice" numbers as in Heckbert, "Nice numbers for graph
 * labels" (Graphics Gems, 1990): the step is 1, 2 or 5 times a power of ten, and every tick is a
 * multiple of the step.
 *
 * @param values tick positions in data units, increasing; copied in and out
 * @param labels one label per tick; copied in and out
 */
public record Ticks(double[] values, String[] labels) {

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public Ticks {
    if (values.length != labels.length) {
      throw new IllegalArgumentException(
          values.length + " tick values but " + labels.length + " labels");
    }
    values = values.clone();
    labels = labels.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public String[] labels() {
    return labels.clone();
  }

  /** Number of ticks. */
  public int size() {
    return values.length;
  }

  /**
   * The nice step for about {@code count} intervals over {@code range}: the raw step {@code range /
   * count} rounded to 1, 2, 5 or 10 times its power of ten (below 1.5 to 1, below 3 to 2, below 7
   * to 5, else to 10).
   *
   * @param range length of the interval, finite and greater than 0
   * @param count wanted number of intervals, at least 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double niceStep(double range, int count) {
    if (!(range > 0) || Double.isInfinite(range)) {
      throw new IllegalArgumentException("tick range " + range + " must be finite and > 0");
    }
    if (count < 1) {
      throw new IllegalArgumentException("tick count " + count + " must be >= 1");
    }
    double raw = range / count;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return nice * power;
  }

  /**
   * Ticks at the multiples of {@link #niceStep niceStep(hi - lo, maxCount)} inside [lo, hi],
   * labelled with as many decimals as the step needs, or as mantissa and power of ten ("3.5e6")
   * when the axis reaches 10⁶ or the step is below 10⁻⁴. Each value is the double nearest to its
   * decimal label, e.g. exactly {@code 0.6} rather than {@code 3 * 0.2}.
   *
   * @param lo lower end of the axis, finite
   * @param hi upper end, finite and greater than lo
   * @param maxCount about how many intervals are wanted, at least 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Ticks linear(double lo, double hi, int maxCount) {
    checkRange(lo, hi);
    double step = niceStep(hi - lo, maxCount);
    BigDecimal exactStep = BigDecimal.valueOf(step);
    long first = (long) Math.ceil(lo / step - 1e-9);
    long last = (long) Math.floor(hi / step + 1e-9);
    int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    boolean scientific = Math.max(Math.abs(lo), Math.abs(hi)) >= 1e6 || step < 1e-4;
    int n = (int) (last - first + 1);
    double[] values = new double[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      BigDecimal value = exactStep.multiply(BigDecimal.valueOf(first + i));
      labels[i] = scientific ? scientific(value) : value.setScale(decimals).toPlainString();
      values[i] = value.doubleValue(); // 0.6, not 3 * 0.2 = 0.6000000000000001
    }
    return new Ticks(values, labels);
  }

  /** The value as mantissa and power of ten, e.g. "3.5e6" or "-2e-5", or "0". */
  private static String scientific(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    int exponent = value.precision() - value.scale() - 1;
    return value.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
  }

  /**
   * Ticks for a log10 axis over [lo, hi]: the powers of ten inside it, every k-th one so that at
   * most {@code maxCount + 1} remain, labelled 10ⁿ. Spans holding fewer than two powers of ten get
   * ticks at 1, 2 and 5 times powers of ten instead (or at every digit times a power of ten when
   * that still gives fewer than two), labelled as decimals.
   *
   * @param lo lower end of the axis, finite and greater than 0
   * @param hi upper end, finite and greater than lo
   * @param maxCount about how many intervals are wanted, at least 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Ticks log10(double lo, double hi, int maxCount) {
    checkRange(lo, hi);
    if (!(lo > 0)) {
      throw new IllegalArgumentException("log axis start " + lo + " must be > 0");
    }
    int firstPower = (int) Math.ceil(Math.log10(lo) - 1e-9);
    int lastPower = (int) Math.floor(Math.log10(hi) + 1e-9);
    int powers = lastPower - firstPower + 1;
    if (powers < 2) {
      Ticks coarse = withinDecades(lo, hi, new int[] {1, 2, 5});
      return coarse.size() >= 2
          ? coarse
          : withinDecades(lo, hi, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    }
    int every = (int) Math.ceil((powers - 1) / (double) Math.max(1, maxCount));
    List<Double> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int p = firstPower; p <= lastPower; p += every) {
      values.add(Double.parseDouble("1e" + p));
      labels.add(powerOfTen(p));
    }
    return of(values, labels);
  }

  /** The ticks {@code d * 10^p} inside [lo, hi] for the given digits d. */
  private static Ticks withinDecades(double lo, double hi, int[] digits) {
    List<Double> values = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int p = (int) Math.floor(Math.log10(lo)); p <= (int) Math.floor(Math.log10(hi)); p++) {
      for (int digit : digits) {
        BigDecimal value = BigDecimal.valueOf(digit).scaleByPowerOfTen(p);
        if (value.doubleValue() >= lo * (1 - 1e-9) && value.doubleValue() <= hi * (1 + 1e-9)) {
          values.add(value.doubleValue());
          labels.add(value.stripTrailingZeros().toPlainString());
        }
      }
    }
    return of(values, labels);
  }

  private static Ticks of(List<Double> values, List<String> labels) {
    return new Ticks(
        values.stream().mapToDouble(Double::doubleValue).toArray(), labels.toArray(String[]::new));
  }

  /** The label "10" followed by the exponent in superscript digits, e.g. 10⁻³. */
  static String powerOfTen(int exponent) {
    StringBuilder s = new StringBuilder("10");
    if (exponent < 0) {
      s.append('⁻');
    }
    for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
      s.append(SUPERSCRIPTS.charAt(digit - '0'));
    }
    return s.toString();
  }

  private static void checkRange(double lo, double hi) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
      throw new IllegalArgumentException(
          "axis range [" + lo + ", " + hi + "] must be finite with lo < hi");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ticks t
        && Arrays.equals(values, t.values)
        && Arrays.equals(labels, t.labels);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + Arrays.hashCode(labels);
  }

  @Override
  public String toString() {
    return "Ticks" + Arrays.toString(labels);
  }
}
