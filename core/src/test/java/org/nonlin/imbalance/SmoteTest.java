package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class SmoteTest {

  private static final Dataset TRAIN = TestData.blobs(Tolerances.SEED, 200, 30);

  @Test
  void resample_balanced_minorityGrowsToMajority() {
    // given
    Sampler smote = new Smote(Smote.DEFAULT_K, TargetRatio.balanced());

    // when
    Dataset out = smote.resample(TRAIN, Tolerances.SEED);

    // then: 30 + 170 synthetic = 200; the 230 originals come first, unchanged
    assertArrayEquals(new int[] {200, 200}, out.classCounts());
    assertArrayEquals(TRAIN.featureArray(), Arrays.copyOf(out.featureArray(), 2 * TRAIN.rows()));
  }

  @Test
  void resample_ratioTwoToOne_minorityGrowsToHalf() {
    // given
    Sampler smote = new Smote(3, TargetRatio.proportions(2, 1));

    // when
    Dataset out = smote.resample(TRAIN, Tolerances.SEED);

    // then: n/r = 100 and 30, class a is the reference: round(200 * 1/2) = 100
    assertArrayEquals(new int[] {200, 100}, out.classCounts());
  }

  @Test
  void resample_threeClasses_eachMinorityAtTarget() {
    // given
    Dataset coinHole = TestData.blobs(Tolerances.SEED, 1000, 300, 100);
    Sampler smote = new Smote(Smote.DEFAULT_K, TargetRatio.balanced());

    // when
    Dataset out = smote.resample(coinHole, Tolerances.SEED);

    // then: b gains 700 and c 900 samples
    assertArrayEquals(new int[] {1000, 1000, 1000}, out.classCounts());
  }

  @Test
  void resample_syntheticSample_onSegmentToOneOfKNearestSameClass() {
    // given
    int k = 4;
    Sampler smote = new Smote(k, TargetRatio.balanced());

    // when
    Dataset out = smote.resample(TRAIN, Tolerances.SEED);

    // then: each of the 170 new b rows is x + u (nn - x) for some b row x, nn among its 4 nearest
    // b rows (found here by a full sort), with u in [0, 1]
    List<float[]> minority = TestData.rowsOf(TRAIN, 1);
    for (int row = TRAIN.rows(); row < out.rows(); row++) {
      float[] sample = TestData.row(out, row);
      assertEquals(1, out.label(row));
      assertTrue(onSomeSegment(sample, minority, k), "row " + row + " is off every segment");
    }
    assertTrue(TestData.withinClassRanges(TRAIN, out, 1));
  }

  @Test
  void resample_sameSeed_identicalRows() {
    // given
    Sampler smote = new Smote(Smote.DEFAULT_K, TargetRatio.balanced());

    // when
    Dataset first = smote.resample(TRAIN, Tolerances.SEED);
    Dataset second = smote.resample(TRAIN, Tolerances.SEED);
    Dataset other = smote.resample(TRAIN, Tolerances.SEED + 1);

    // then
    assertArrayEquals(first.featureArray(), second.featureArray());
    assertArrayEquals(first.labels(), second.labels());
    assertFalse(Arrays.equals(first.featureArray(), other.featureArray()));
  }

  @Test
  void resample_classSmallerThanKPlusOne_namesClassCountAndK() {
    // given: class b has 4 rows, k = 5 needs 6
    Dataset small = TestData.blobs(Tolerances.SEED, 20, 4);
    Sampler smote = new Smote(5, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> smote.resample(small, 1));

    // then
    assertEquals(
        "smote: class 'b' has 4 samples, but k = 5 needs at least k + 1 = 6 (a sample and its k"
            + " nearest neighbours of the same class); lower k to 3 or less",
        e.getMessage());
  }

  @Test
  void resample_singleSampleClass_pointsToOtherSamplers() {
    // given
    Dataset single = TestData.blobs(Tolerances.SEED, 20, 1);
    Sampler smote = new Smote(1, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> smote.resample(single, 1));

    // then
    assertTrue(e.getMessage().contains("use over or attribute"));
  }

  @Test
  void resample_categoricalColumns_refusedByName() {
    // given
    Sampler smote = new Smote(Smote.DEFAULT_K, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> smote.resample(TRAIN, Set.of(1), 1));

    // then
    assertTrue(e.getMessage().startsWith("smote: it interpolates features, but columns [x2]"));
  }

  @Test
  void resample_categoricalColumnOutOfRange_refused() {
    // given
    Sampler smote = new Smote(Smote.DEFAULT_K, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> smote.resample(TRAIN, Set.of(2), 1));

    // then
    assertEquals("smote: categorical column 2 must be in [0, 1]", e.getMessage());
  }

  private static boolean onSomeSegment(float[] sample, List<float[]> rows, int k) {
    for (float[] base : rows) {
      List<float[]> nearest =
          rows.stream()
              .filter(row -> row != base)
              .sorted(Comparator.comparingDouble(row -> squaredDistance(row, base)))
              .limit(k)
              .collect(Collectors.toList());
      for (float[] neighbour : nearest) {
        if (!Double.isNaN(TestData.segmentParameter(sample, base, neighbour))) {
          return true;
        }
      }
    }
    return false;
  }

  private static double squaredDistance(float[] a, float[] b) {
    double sum = 0;
    for (int c = 0; c < a.length; c++) {
      sum += ((double) a[c] - b[c]) * ((double) a[c] - b[c]);
    }
    return sum;
  }
}
