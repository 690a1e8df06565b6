package org.nonlin.imbalance;

import java.util.Arrays;
import java.util.List;

/**
 * The class sizes a sampler aims for, given the sizes it finds in the training set.
 *
 * <p>Three forms, each with a text form:
 *
 * <ul>
 *   <li><b>balanced</b> ({@code balanced}; samplers write it by leaving the target out): every
 *       class the same size;
 *   <li><b>proportions</b> ({@code r0:r1:...}, e.g. {@code 3:2:1}): one positive number per class,
 *       in class-index order, the class sizes wanted relative to each other;
 *   <li><b>counts</b> ({@code counts=n0:n1:...}, or {@code counts=n} for every class): exact class
 *       sizes, each at least 1.
 * </ul>
 *
 * <p>Proportions are scaled to the data by the {@link Direction} (n_c is the size of class c, r_c
 * its proportion, t_c its target):
 *
 * <ul>
 *   <li>{@code UNDER}: the reference class is the one with the smallest n_c / r_c, and t_c =
 *       round(n_ref · r_c / r_ref): the reference keeps its size and no class grows;
 *   <li>{@code OVER}: the same with the largest n_c / r_c: the reference keeps its size and no
 *       class shrinks;
 *   <li>{@code BOTH}: t_c = round(N · r_c / Σ r) with N = Σ n_c, so the total size is about kept.
 * </ul>
 *
 * For class sizes 1000:300:100, balanced gives 100:100:100 (UNDER), 1000:1000:1000 (OVER) and
 * 467:467:467 (BOTH, 1400 / 3 = 466.7); {@code 3:2:1} gives 300:200:100 (UNDER) and 1000:667:333
 * (OVER). Rounding is half up. Counts are used as given; under-sampling refuses a count above the
 * class size (it draws without replacement) and over-sampling one below it.
 */
public final class TargetRatio {

  private static final String COUNTS_PREFIX = "counts=";
  private static final String BALANCED = "balanced";

  private final double[] proportions;
  private final int[] counts;

  private TargetRatio(double[] proportions, int[] counts) {
    this.proportions = proportions;
    this.counts = counts;
  }

  /** Every class the same size. */
  public static TargetRatio balanced() {
    return new TargetRatio(null, null);
  }

  /**
   * Class sizes in the given proportion, one part per class in class-index order.
   *
   * @param parts at least 2 positive finite numbers; copied
   * @throws IllegalArgumentException naming the part that is not positive and finite
   */
  public static TargetRatio proportions(double... parts) {
    if (parts.length < 2) {
      throw new IllegalArgumentException(
          "a ratio needs one part per class (at least 2), got " + parts.length);
    }
    for (double part : parts) {
      if (!(part > 0) || Double.isInfinite(part)) {
        throw new IllegalArgumentException("ratio part " + part + " must be a finite number > 0");
      }
    }
    return new TargetRatio(parts.clone(), null);
  }

  /**
   * Exact class sizes: one per class in class-index order, or a single one for every class.
   *
   * @param sizes at least one size, each at least 1; copied
   * @throws IllegalArgumentException when a size is below 1: no class can be resampled to nothing
   */
  public static TargetRatio counts(int... sizes) {
    if (sizes.length < 1) {
      throw new IllegalArgumentException("counts needs at least one class size, got none");
    }
    for (int size : sizes) {
      if (size < 1) {
        throw new IllegalArgumentException(
            "class size " + size + " in counts must be >= 1: a class cannot go below one sample");
      }
    }
    return new TargetRatio(null, sizes.clone());
  }

  /**
   * Reads the text form: {@code balanced}, {@code r0:r1:...} or {@code counts=n0:n1:...}.
   *
   * @throws IllegalArgumentException naming the part that does not parse and the accepted forms
   */
  public static TargetRatio parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equals(BALANCED)) {
      return balanced();
    }
    if (trimmed.startsWith(COUNTS_PREFIX)) {
      String[] parts = trimmed.substring(COUNTS_PREFIX.length()).split(":", -1);
      int[] sizes = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        sizes[i] = parseCount(parts[i], trimmed);
      }
      return counts(sizes);
    }
    String[] parts = trimmed.split(":", -1);
    if (parts.length < 2) {
      throw new IllegalArgumentException(
          "target '" + text + "' must be balanced, r0:r1:... or counts=n0:n1:...");
    }
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = parseProportion(parts[i], trimmed);
    }
    return proportions(values);
  }

  private static int parseCount(String part, String text) {
    try {
      return Integer.parseInt(part.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "class size '" + part + "' in '" + text + "' must be an integer >= 1", e);
    }
  }

  private static double parseProportion(String part, String text) {
    try {
      return Double.parseDouble(part.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "ratio part '" + part + "' in '" + text + "' must be a number > 0", e);
    }
  }

  /** True for the balanced target, the samplers' default. */
  public boolean isBalanced() {
    return proportions == null && counts == null;
  }

  /**
   * The text form {@link #parse} reads back: {@code balanced}, {@code 3:2:1} or {@code counts=...}.
   */
  public String spec() {
    if (counts != null) {
      StringBuilder text = new StringBuilder(COUNTS_PREFIX);
      for (int i = 0; i < counts.length; i++) {
        text.append(i == 0 ? "" : ":").append(counts[i]);
      }
      return text.toString();
    }
    if (proportions != null) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < proportions.length; i++) {
        text.append(i == 0 ? "" : ":").append(SpecText.number(proportions[i]));
      }
      return text.toString();
    }
    return BALANCED;
  }

  /**
   * The target size of each class, by the rules in the class comment.
   *
   * @param classCounts the size of each class in the training set, each at least 1; not modified
   * @param classNames one name per class, for error messages
   * @param direction whether classes may shrink, grow or both
   * @throws IllegalArgumentException when a class has no samples, when the number of parts is not
   *     the number of classes, when a target would be below one sample, or when counts ask a class
   *     to move against the direction
   */
  public int[] targets(int[] classCounts, List<String> classNames, Direction direction) {
    requireSamples(classCounts, classNames);
    if (counts != null) {
      return countTargets(classCounts, classNames, direction);
    }
    double[] parts = proportions;
    if (parts == null) {
      parts = new double[classCounts.length];
      Arrays.fill(parts, 1);
    }
    requireOnePerClass(parts.length, classNames);
    int[] targets = scaled(classCounts, parts, direction);
    for (int c = 0; c < targets.length; c++) {
      if (targets[c] < 1) {
        throw new IllegalArgumentException(
            "ratio "
                + spec()
                + " applied to class sizes "
                + Arrays.toString(classCounts)
                + " leaves class '"
                + classNames.get(c)
                + "' with "
                + SpecText.samples(targets[c])
                + "; every class needs at least one, so raise its part");
      }
    }
    return targets;
  }

  private static int[] scaled(int[] classCounts, double[] parts, Direction direction) {
    int k = classCounts.length;
    int[] targets = new int[k];
    if (direction == Direction.BOTH) {
      double total = 0;
      double partSum = 0;
      for (int c = 0; c < k; c++) {
        total += classCounts[c];
        partSum += parts[c];
      }
      for (int c = 0; c < k; c++) {
        targets[c] = rounded(total * parts[c] / partSum);
      }
      return targets;
    }

    // The reference class is the one the direction cannot move past.
    int ref = 0;
    for (int c = 1; c < k; c++) {
      double perPart = classCounts[c] / parts[c];
      double refPerPart = classCounts[ref] / parts[ref];
      if (direction == Direction.UNDER ? perPart < refPerPart : perPart > refPerPart) {
        ref = c;
      }
    }
    for (int c = 0; c < k; c++) {
      int target = rounded(classCounts[ref] * parts[c] / parts[ref]);
      targets[c] =
          direction == Direction.UNDER
              ? Math.min(classCounts[c], target)
              : Math.max(classCounts[c], target);
    }
    return targets;
  }

  /** A class size rounded half up, refused when no array could hold it. */
  private static int rounded(double size) {
    if (size >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "target class size " + size + " must be below " + Integer.MAX_VALUE + " rows");
    }
    return (int) Math.round(size);
  }

  private int[] countTargets(int[] classCounts, List<String> classNames, Direction direction) {
    int[] targets = counts;
    if (counts.length == 1) {
      targets = new int[classCounts.length];
      Arrays.fill(targets, counts[0]);
    } else {
      requireOnePerClass(counts.length, classNames);
    }
    for (int c = 0; c < targets.length; c++) {
      if (direction == Direction.UNDER && targets[c] > classCounts[c]) {
        throw new IllegalArgumentException(
            countProblem(c, classCounts, classNames)
                + "under-sampling draws without replacement, so it cannot give more; "
                + "use over or combined for classes that must grow");
      }
      if (direction == Direction.OVER && targets[c] < classCounts[c]) {
        throw new IllegalArgumentException(
            countProblem(c, classCounts, classNames)
                + "over-sampling only adds samples; use under or combined for classes that must"
                + " shrink");
      }
    }
    return targets.clone();
  }

  private String countProblem(int c, int[] classCounts, List<String> classNames) {
    int asked = counts.length == 1 ? counts[0] : counts[c];
    return spec()
        + " cannot be met: class '"
        + classNames.get(c)
        + "' has "
        + SpecText.samples(classCounts[c])
        + " and "
        + asked
        + " were asked; ";
  }

  private static void requireSamples(int[] classCounts, List<String> classNames) {
    if (classCounts.length != classNames.size()) {
      throw new IllegalArgumentException(
          classCounts.length + " class sizes given for " + classNames.size() + " class names");
    }
    for (int c = 0; c < classCounts.length; c++) {
      if (classCounts[c] < 1) {
        throw new IllegalArgumentException(
            "class '"
                + classNames.get(c)
                + "' has "
                + classCounts[c]
                + " training samples; resampling needs at least one sample of every class");
      }
    }
  }

  private void requireOnePerClass(int parts, List<String> classNames) {
    if (parts != classNames.size()) {
      throw new IllegalArgumentException(
          "target "
              + spec()
              + " has "
              + parts
              + " parts but the data set has "
              + classNames.size()
              + " classes "
              + classNames
              + "; give one part per class, in class order");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TargetRatio that
        && Arrays.equals(proportions, that.proportions)
        && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(proportions) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return spec();
  }
}
