package org.nonlin.imbalance;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;

/**
 * Random under-sampling, over-sampling, or both, to a {@link TargetRatio}.
 *
 * <p>A class above its target keeps a uniformly random subset of its rows, drawn without
 * replacement (a partial Fisher-Yates shuffle). A class below its target keeps all its rows and
 * gains copies of rows drawn uniformly with replacement. {@link Direction#UNDER} only shrinks
 * classes ({@code under}), {@link Direction#OVER} only grows them ({@code over}), and {@link
 * Direction#BOTH} meets in the middle ({@code combined}): with the balanced target every class goes
 * to the mean class size N = round(rows / k), the larger ones under-sampled to N and the smaller
 * ones over-sampled to N; {@code combined(counts=500)} picks N = 500.
 *
 * <p>Repeated rows add no information: over-sampling makes a network see the minority rows more
 * often, which can overfit them; under-sampling throws majority rows away.
 *
 * @param direction whether classes shrink, grow or both
 * @param target the class sizes to reach
 */
public record RandomSampler(Direction direction, TargetRatio target) implements Sampler {

  /** Checks that neither argument is null. */
  public RandomSampler {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(target, "target");
  }

  /** {@code under}: random under-sampling without replacement to the given target. */
  public static RandomSampler under(TargetRatio target) {
    return new RandomSampler(Direction.UNDER, target);
  }

  /** {@code over}: random over-sampling with replacement to the given target. */
  public static RandomSampler over(TargetRatio target) {
    return new RandomSampler(Direction.OVER, target);
  }

  /** {@code combined}: under-sample the classes above their target, over-sample those below. */
  public static RandomSampler combined(TargetRatio target) {
    return new RandomSampler(Direction.BOTH, target);
  }

  @Override
  public Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed) {
    TrainingSet set = TrainingSet.of(train, categoricalColumns, spec());
    int[] targets = set.targets(target, direction);
    SplittableRandom random = new SplittableRandom(seed);
    ResampledRows out = new ResampledRows(set);
    for (int c = 0; c < set.numClasses(); c++) {
      int[] rows = set.rows(c);
      if (targets[c] < rows.length) {
        out.keep(drawWithoutReplacement(rows, targets[c], random));
        continue;
      }
      out.keep(rows);
      for (int i = rows.length; i < targets[c]; i++) {
        out.addCopy(rows[random.nextInt(rows.length)]);
      }
    }
    return out.build();
  }

  /** The first {@code count} entries of a partial Fisher-Yates shuffle of a copy of the rows. */
  static int[] drawWithoutReplacement(int[] rows, int count, SplittableRandom random) {
    int[] pool = rows.clone();
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(pool.length - i);
      int swap = pool[i];
      pool[i] = pool[j];
      pool[j] = swap;
    }
    return Arrays.copyOf(pool, count);
  }

  /** {@code under}, {@code over} or {@code combined}, with the target unless balanced. */
  @Override
  public String spec() {
    String name =
        switch (direction) {
          case UNDER -> "under";
          case OVER -> "over";
          case BOTH -> "combined";
        };
    return SpecText.withTarget(name, target);
  }
}
