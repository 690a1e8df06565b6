package org.nonlin.imbalance;

import java.util.Arrays;
import java.util.Set;
import org.nonlin.data.Dataset;

/**
 * Tomek-link cleaning (Tomek 1976, "Two modifications of CNN"): a Tomek link is a pair of rows of
 * different classes that are each other's nearest neighbour (Euclidean, over all rows, ties to the
 * lower row index). Such pairs sit on the class boundary or are noise. For every link, the member
 * of the larger class (by training-set size) is removed; when both classes are equally large,
 * neither is the majority and both members are removed.
 *
 * <p>It has no target: it removes only link members, so the classes usually stay imbalanced and it
 * is meant to be combined with another sampler. Each row has one nearest neighbour, so it belongs
 * to at most one link. No random choice is made; the seed is not used. Time is O(rows² · cols).
 *
 * <p>An error is raised when every row of a class is in a link, as removing them would leave the
 * class empty.
 */
public record TomekLinks() implements Sampler {

  @Override
  public Dataset resample(Dataset train, Set<Integer> categoricalColumns, long seed) {
    TrainingSet set = TrainingSet.of(train, categoricalColumns, spec());
    int[] all = set.allRows();
    NearestNeighbours.Neighbours nearest =
        new NearestNeighbours(set.x(), set.cols()).nearest(all, all, 1);

    boolean[] removed = new boolean[all.length];
    for (int a = 0; a < all.length; a++) {
      int b = nearest.row(a, 0);
      int classA = set.label(a);
      int classB = set.label(b);
      if (a < b && nearest.row(b, 0) == a && classA != classB) {
        removed[a] = set.count(classA) >= set.count(classB);
        removed[b] = set.count(classB) >= set.count(classA);
      }
    }
    int[] kept = new int[all.length];
    int[] left = new int[set.numClasses()];
    int n = 0;
    for (int row = 0; row < all.length; row++) {
      if (!removed[row]) {
        kept[n++] = row;
        left[set.label(row)]++;
      }
    }
    for (int c = 0; c < left.length; c++) {
      if (left[c] == 0) {
        throw set.problem(
            "every sample of class '"
                + set.name(c)
                + "' is in a Tomek link, so cleaning would leave the class empty");
      }
    }
    return train.subset(Arrays.copyOf(kept, n));
  }

  /** {@code tomek}. */
  @Override
  public String spec() {
    return "tomek";
  }
}
