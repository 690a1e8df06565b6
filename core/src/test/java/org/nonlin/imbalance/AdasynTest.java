package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class AdasynTest {

  @Test
  void resample_balanced_minorityGrowsToMajority() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 200, 30);
    Sampler adasyn = new Adasyn(Adasyn.DEFAULT_K, TargetRatio.balanced());

    // when
    Dataset out = adasyn.resample(train, Tolerances.SEED);

    // then: 30 + 170 synthetic = 200, all inside b's feature ranges
    assertArrayEquals(new int[] {200, 200}, out.classCounts());
    assertTrue(TestData.withinClassRanges(train, out, 1));
  }

  @Test
  void resample_threeClasses_eachMinorityAtTarget() {
    // given
    Dataset coinHole = TestData.blobs(Tolerances.SEED, 1000, 300, 100);
    Sampler adasyn = new Adasyn(Adasyn.DEFAULT_K, TargetRatio.proportions(2, 1, 1));

    // when
    Dataset out = adasyn.resample(coinHole, Tolerances.SEED);

    // then: class a is the reference, round(1000 * 1/2) = 500 for b and c
    assertArrayEquals(new int[] {1000, 500, 500}, out.classCounts());
  }

  @Test
  void resample_oneHardSample_getsEverySyntheticSample() {
    // given: a at x = 0..9; b at (9.5, 0) among the a rows and four far away at (50|51, 0|1).
    // With k = 2 the nearest rows of (9.5, 0) are a's 9 and 8 (Δ = 2); the far b rows have only b
    // neighbours (Δ = 0). So r = (1, 0, 0, 0, 0) and all 10 - 5 = 5 samples come from (9.5, 0),
    // towards its 2 nearest b rows, (50, 0) and (50, 1).
    double[][] rows = new double[15][];
    for (int i = 0; i < 10; i++) {
      rows[i] = new double[] {0, i, 0};
    }
    rows[10] = new double[] {1, 9.5, 0};
    rows[11] = new double[] {1, 50, 0};
    rows[12] = new double[] {1, 50, 1};
    rows[13] = new double[] {1, 51, 0};
    rows[14] = new double[] {1, 51, 1};
    Dataset train = TestData.rows(2, rows);
    Sampler adasyn = new Adasyn(2, TargetRatio.balanced());

    // when
    Dataset out = adasyn.resample(train, Tolerances.SEED);

    // then
    assertArrayEquals(new int[] {10, 10}, out.classCounts());
    float[] hard = {9.5f, 0};
    for (int row = train.rows(); row < out.rows(); row++) {
      float[] sample = TestData.row(out, row);
      boolean onFirst = !Double.isNaN(TestData.segmentParameter(sample, hard, new float[] {50, 0}));
      boolean onSecond =
          !Double.isNaN(TestData.segmentParameter(sample, hard, new float[] {50, 1}));
      assertTrue(onFirst || onSecond, "row " + row + " " + Arrays.toString(sample));
    }
  }

  @Test
  void largestRemainder_sharesAddUpToTotal() {
    // when
    int[] even = Adasyn.largestRemainder(new int[] {1, 1, 1}, 5);
    int[] skewed = Adasyn.largestRemainder(new int[] {0, 2, 1}, 4);

    // then: 5/3 = 1 rest 2 each, the two lower indices get one more: 2, 2, 1;
    // 4 * (0, 2, 1) / 3 = 0, 2 rest 2, 1 rest 1, the largest rest gets one more: 0, 3, 1
    assertArrayEquals(new int[] {2, 2, 1}, even);
    assertArrayEquals(new int[] {0, 3, 1}, skewed);
  }

  @Test
  void resample_sameSeed_identicalRows() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 200, 30);
    Sampler adasyn = new Adasyn(Adasyn.DEFAULT_K, TargetRatio.balanced());

    // when
    Dataset first = adasyn.resample(train, Tolerances.SEED);
    Dataset second = adasyn.resample(train, Tolerances.SEED);
    Dataset other = adasyn.resample(train, Tolerances.SEED + 1);

    // then
    assertArrayEquals(first.featureArray(), second.featureArray());
    assertArrayEquals(first.labels(), second.labels());
    assertFalse(Arrays.equals(first.featureArray(), other.featureArray()));
  }

  @Test
  void resample_separatedClasses_pointsToSmote() {
    // given: a at 0..5, b at 100..102, far apart
    Dataset train =
        TestData.rows(
            2,
            new double[] {0, 0},
            new double[] {0, 1},
            new double[] {0, 2},
            new double[] {0, 3},
            new double[] {0, 4},
            new double[] {0, 5},
            new double[] {1, 100},
            new double[] {1, 101},
            new double[] {1, 102});
    Sampler adasyn = new Adasyn(2, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> adasyn.resample(train, 1));

    // then
    assertTrue(e.getMessage().contains("no sample of class 'b' has a sample of another class"));
    assertTrue(e.getMessage().contains("use smote"));
  }

  @Test
  void resample_classSmallerThanKPlusOne_namesClass() {
    // given
    Dataset small = TestData.blobs(Tolerances.SEED, 20, 3);
    Sampler adasyn = new Adasyn(Adasyn.DEFAULT_K, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> adasyn.resample(small, 1));

    // then
    assertTrue(e.getMessage().startsWith("adasyn: class 'b' has 3 samples, but k = 5"));
    assertTrue(e.getMessage().endsWith("lower k to 2 or less"));
  }

  @Test
  void resample_categoricalColumns_refused() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 20, 10);
    Sampler adasyn = new Adasyn(Adasyn.DEFAULT_K, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> adasyn.resample(train, Set.of(0), 1));

    // then
    assertTrue(e.getMessage().contains("columns [x1] are declared categorical"));
  }
}
