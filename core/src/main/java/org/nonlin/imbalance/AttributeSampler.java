package org.nonlin.imbalance;

import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;

/**
 * Attribute-value random sampling, the chapter's simplest way to make artificial samples: every
 * class below its target gains new rows whose features are each drawn independently from the values
 * that feature takes in the class. In effect every feature comes from its own uniformly chosen row
 * of the class, so each value appears with its observed frequency.
 *
 * <p>This is the naive-Bayes assumption: features are independent given the class. The new rows
 * keep each feature's distribution within the class but lose any relation between features (a
 * linear trend, the shape of a ring), so they can land where the class has no samples. Every value
 * of a new row is one that was observed, so integer and category codes stay valid.
 *
 * <p>Declared categorical columns are drawn together, all from one row of the class, so that a
 * one-hot group keeps exactly one 1; the independence then holds between the numeric columns and
 * that block. Original rows are all kept.
 *
 * @param target the class sizes to reach, by {@link Direction#OVER}
 */
public record AttributeSampler(TargetRatio target) implements Sampler {

  /** Checks that the target is not null. */
  public AttributeSampler {
    Objects.requireNonNull(target, "target");
  }

  @Override
  public Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed) {
    TrainingSet set = TrainingSet.of(train, categoricalColumns, spec());
    int[] targets = set.targets(target, Direction.OVER);
    SplittableRandom random = new SplittableRandom(seed);
    ResampledRows out = new ResampledRows(set);
    float[] x = set.x();
    int cols = set.cols();
    float[] sample = new float[cols];
    for (int c = 0; c < set.numClasses(); c++) {
      int[] rows = set.rows(c);
      out.keep(rows);
      for (int s = rows.length; s < targets[c]; s++) {
        int categoryDonor = set.hasCategorical() ? rows[random.nextInt(rows.length)] : -1;
        for (int col = 0; col < cols; col++) {
          int donor = set.isCategorical(col) ? categoryDonor : rows[random.nextInt(rows.length)];
          sample[col] = x[donor * cols + col];
        }
        out.add(sample, 0, c);
      }
    }
    return out.build();
  }

  /** {@code attribute}, with the target unless balanced. */
  @Override
  public String spec() {
    return SpecText.withTarget("attribute", target);
  }
}
