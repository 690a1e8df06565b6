package org.nonlin.imbalance;

import java.util.Set;
import org.nonlin.data.Dataset;

/**
 * Rebalances the classes of a training set: removes, repeats or synthesises rows so that the class
 * sizes approach a target. Apply it to training data only, after the split, never to validation or
 * test data: those must keep the class mix the model will meet.
 *
 * <p>Implementations are immutable and seeded: the same training set, columns and seed give
 * bit-identical rows. Original rows keep their relative order; added rows follow them, class by
 * class. The input is never modified.
 */
public interface Sampler {

  /**
   * Resamples a classification training set.
   *
   * @param train the training set, with class labels; not modified
   * @param categoricalColumns indices of feature columns that hold categories (e.g. one-hot
   *     columns); samplers that average or interpolate features refuse to run when any is given
   * @param seed seed of the {@link java.util.SplittableRandom} behind every random choice
   * @return a new data set with the same columns, feature names and class names
   * @throws IllegalArgumentException when the set holds regression targets, a class has no samples,
   *     a column index is out of range, or the target cannot be met (the message says which class,
   *     its size and what to change)
   */
  Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed);

  /**
   * Resamples a training set whose feature columns are all numeric.
   *
   * @see #resample(Dataset, Set, long)
   */
  default Dataset resample(Dataset train, long seed) {
    return resample(train, Set.of(), seed);
  }

  /**
   * The compact text form that {@link Samplers#parse} reads back into an equal sampler, with
   * parameters at their defaults left out, e.g. {@code smote(k=3,ratio=2:1)}.
   */
  String spec();
}
