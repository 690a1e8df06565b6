package org.nonlin.imbalance;

import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;

/**
 * Cluster-centroid under-sampling: every class above its target t is replaced by the t centres of a
 * k-means clustering of its rows (k = t, k-means++ seeding, at most {@link #MAX_ITERATIONS} Lloyd
 * rounds, seeded). Classes at their target keep their rows untouched.
 *
 * <p>Unlike random under-sampling this keeps the shape of the large class, summarised by
 * prototypes; the centres are new points, not rows of the training set. Because a centre is a mean
 * of rows, one-hot columns would become fractions, so declared categorical columns are refused.
 * Clustering costs O(n · t · cols) per round for a class of n rows, which is slow for tens of
 * thousands of rows; under or nearmiss are cheaper there.
 *
 * @param target the class sizes to reach, by {@link Direction#UNDER}
 */
public record ClusterCentroids(TargetRatio target) implements Sampler {

  /** The most assignment-and-update rounds of k-means per class. */
  public static final int MAX_ITERATIONS = 100;

  /** Checks that the target is not null. */
  public ClusterCentroids {
    Objects.requireNonNull(target, "target");
  }

  @Override
  public Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed) {
    TrainingSet set = TrainingSet.of(train, categoricalColumns, spec());
    set.refuseCategorical("averages");
    int[] targets = set.targets(target, Direction.UNDER);
    SplittableRandom random = new SplittableRandom(seed);
    ResampledRows out = new ResampledRows(set);
    for (int c = 0; c < set.numClasses(); c++) {
      if (targets[c] == set.count(c)) {
        out.keep(set.rows(c));
        continue;
      }
      float[] centres =
          KMeans.centres(set.x(), set.cols(), set.rows(c), targets[c], MAX_ITERATIONS, random);
      for (int j = 0; j < targets[c]; j++) {
        out.add(centres, j * set.cols(), c);
      }
    }
    return out.build();
  }

  /** {@code centroids}, with the target unless balanced. */
  @Override
  public String spec() {
    return SpecText.withTarget("centroids", target);
  }
}
