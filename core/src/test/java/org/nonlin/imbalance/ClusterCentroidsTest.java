package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class ClusterCentroidsTest {

  /**
   * Class a: three groups of four rows around (0, 0), (10, 0) and (0, 10), each row 0.5 from its
   * group centre, so the group means are the centres. Class b: three rows near (5, 5).
   */
  private static Dataset threeGroups() {
    double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
    double[][] offsets = {{0.5, 0}, {-0.5, 0}, {0, 0.5}, {0, -0.5}};
    List<double[]> rows = new ArrayList<>();
    for (double[] offset : offsets) {
      for (double[] centre : centres) {
        rows.add(new double[] {0, centre[0] + offset[0], centre[1] + offset[1]});
      }
    }
    rows.add(new double[] {1, 5, 5});
    rows.add(new double[] {1, 5, 6});
    rows.add(new double[] {1, 6, 5});
    return TestData.rows(2, rows.toArray(double[][]::new));
  }

  @Test
  void resample_balanced_majorityReplacedByGroupMeans() {
    // given
    Dataset train = threeGroups();
    Sampler centroids = new ClusterCentroids(TargetRatio.balanced());

    // when
    Dataset out = centroids.resample(train, Tolerances.SEED);

    // then: 3 centres of a, the means (0, 0), (0, 10), (10, 0) in sorted order
    assertArrayEquals(new int[] {3, 3}, out.classCounts());
    List<float[]> found = TestData.rowsOf(out, 0);
    found.sort(Comparator.<float[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    double[][] expected = {{0, 0}, {0, 10}, {10, 0}};
    for (int j = 0; j < 3; j++) {
      assertEquals(expected[j][0], found.get(j)[0], Tolerances.FLOAT);
      assertEquals(expected[j][1], found.get(j)[1], Tolerances.FLOAT);
    }
  }

  @Test
  void resample_balanced_minorityUntouched() {
    // given
    Dataset train = threeGroups();
    Sampler centroids = new ClusterCentroids(TargetRatio.balanced());

    // when
    Dataset out = centroids.resample(train, Tolerances.SEED);

    // then
    assertClassUnchanged(train, out, 1);
  }

  @Test
  void resample_threeClasses_exactlyTargetCentresPerLargerClass() {
    // given
    Dataset coinHole = TestData.blobs(Tolerances.SEED, 1000, 300, 100);
    Sampler centroids = new ClusterCentroids(TargetRatio.proportions(2, 1, 1));

    // when
    Dataset out = centroids.resample(coinHole, Tolerances.SEED);

    // then: n/r = 500, 300, 100, class c is the reference: 200 and 100 centres, c's 100 rows
    assertArrayEquals(new int[] {200, 100, 100}, out.classCounts());
    assertClassUnchanged(coinHole, out, 2);
    assertTrue(TestData.withinClassRanges(coinHole, out, 0));
    assertTrue(TestData.withinClassRanges(coinHole, out, 1));
  }

  @Test
  void resample_sameSeed_identicalCentres() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 300, 40);
    Sampler centroids = new ClusterCentroids(TargetRatio.balanced());

    // when
    Dataset first = centroids.resample(train, Tolerances.SEED);
    Dataset second = centroids.resample(train, Tolerances.SEED);

    // then
    assertArrayEquals(first.featureArray(), second.featureArray());
    assertArrayEquals(first.labels(), second.labels());
  }

  @Test
  void resample_categoricalColumns_refused() {
    // given
    Sampler centroids = new ClusterCentroids(TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> centroids.resample(threeGroups(), Set.of(0, 1), 1));

    // then
    assertTrue(e.getMessage().startsWith("centroids: it averages features, but columns [x1, x2]"));
  }

  private static void assertClassUnchanged(Dataset train, Dataset out, int label) {
    List<float[]> before = TestData.rowsOf(train, label);
    List<float[]> after = TestData.rowsOf(out, label);
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      assertArrayEquals(before.get(i), after.get(i));
    }
  }
}
