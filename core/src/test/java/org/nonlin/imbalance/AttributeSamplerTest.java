package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class AttributeSamplerTest {

  private static final Dataset COIN_HOLE = TestData.blobs(Tolerances.SEED, 1000, 300, 100);

  @Test
  void resample_balanced_everyClassAtLargest() {
    // given
    Sampler attribute = new AttributeSampler(TargetRatio.balanced());

    // when
    Dataset out = attribute.resample(COIN_HOLE, Tolerances.SEED);

    // then: b gains 700, c gains 900
    assertArrayEquals(new int[] {1000, 1000, 1000}, out.classCounts());
  }

  @Test
  void resample_newSample_drawsOnlyObservedValuesOfItsClass() {
    // given
    Sampler attribute = new AttributeSampler(TargetRatio.balanced());

    // when
    Dataset out = attribute.resample(COIN_HOLE, Tolerances.SEED);

    // then: feature by feature, every value of a class-c row is one that class c shows
    for (int label = 0; label < 3; label++) {
      List<float[]> observed = TestData.rowsOf(COIN_HOLE, label);
      for (int col = 0; col < 2; col++) {
        Set<Float> values = new HashSet<>();
        for (float[] row : observed) {
          values.add(row[col]);
        }
        for (float[] sample : TestData.rowsOf(out, label)) {
          assertTrue(values.contains(sample[col]));
        }
      }
    }
  }

  @Test
  void resample_independentFeatures_mixesValuesOfDifferentRows() {
    // given: b holds only (0, 0) and (1, 1)
    Dataset diagonal =
        TestData.rows(
            2,
            new double[] {0, 5, 5},
            new double[] {0, 6, 6},
            new double[] {0, 7, 7},
            new double[] {0, 8, 8},
            new double[] {1, 0, 0},
            new double[] {1, 1, 1});
    Sampler attribute = new AttributeSampler(TargetRatio.counts(4, 50));

    // when
    Dataset out = attribute.resample(diagonal, Tolerances.SEED);

    // then: features drawn apart give (0, 1) or (1, 0) for about half of the 48 new rows
    boolean offDiagonal = false;
    for (float[] sample : TestData.rowsOf(out, 1)) {
      offDiagonal |= sample[0] != sample[1];
    }
    assertTrue(offDiagonal);
  }

  @Test
  void resample_categoricalColumns_drawnTogetherFromOneRow() {
    // given: x1 numeric, x2 and x3 a one-hot pair declared categorical
    Dataset oneHot =
        TestData.rows(
            2,
            new double[] {0, 5, 1, 0},
            new double[] {0, 6, 0, 1},
            new double[] {0, 7, 1, 0},
            new double[] {0, 8, 0, 1},
            new double[] {1, 0, 1, 0},
            new double[] {1, 1, 0, 1});
    Sampler attribute = new AttributeSampler(TargetRatio.counts(4, 50));

    // when
    Dataset out = attribute.resample(oneHot, Set.of(1, 2), Tolerances.SEED);

    // then: drawn apart, a quarter of the rows would read (1, 1) or (0, 0)
    for (float[] sample : TestData.rowsOf(out, 1)) {
      assertTrue(sample[1] + sample[2] == 1f);
    }
  }

  @Test
  void resample_sameSeed_identicalRows() {
    // given
    Sampler attribute = new AttributeSampler(TargetRatio.balanced());

    // when
    Dataset first = attribute.resample(COIN_HOLE, Tolerances.SEED);
    Dataset second = attribute.resample(COIN_HOLE, Tolerances.SEED);

    // then
    assertArrayEquals(first.featureArray(), second.featureArray());
    assertArrayEquals(first.labels(), second.labels());
  }
}
