package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class RandomSamplerTest {

  private static final Dataset COIN_HOLE = TestData.blobs(Tolerances.SEED, 1000, 300, 100);

  @Test
  void resample_underBalanced_smallestClassSizeWithoutRepeats() {
    // given
    Sampler under = RandomSampler.under(TargetRatio.balanced());

    // when
    Dataset out = under.resample(COIN_HOLE, Tolerances.SEED);

    // then: every class cut to the smallest, 100, and no row drawn twice
    assertArrayEquals(new int[] {100, 100, 100}, out.classCounts());
    Map<String, Integer> seen = rowCounts(out);
    assertEquals(300, seen.size());
    assertTrue(rowCounts(COIN_HOLE).keySet().containsAll(seen.keySet()));
  }

  @Test
  void resample_underRatio_keepsOriginalOrder() {
    // given
    Sampler under = RandomSampler.under(TargetRatio.proportions(2, 1, 1));

    // when
    Dataset out = under.resample(COIN_HOLE, Tolerances.SEED);

    // then: n/r = 500, 300, 100, class c is the reference: 200, 100, 100
    assertArrayEquals(new int[] {200, 100, 100}, out.classCounts());
    assertTrue(isSubsequence(out, COIN_HOLE));
  }

  @Test
  void resample_overRatio_keepsEveryRowAndAddsCopiesOfTheClass() {
    // given
    Sampler over = RandomSampler.over(TargetRatio.proportions(3, 2, 1));

    // when
    Dataset out = over.resample(COIN_HOLE, Tolerances.SEED);

    // then: 1000, round(1000 * 2/3) = 667, round(1000 / 3) = 333
    assertArrayEquals(new int[] {1000, 667, 333}, out.classCounts());
    Dataset originals = out.subset(range(0, COIN_HOLE.rows()));
    assertArrayEquals(COIN_HOLE.featureArray(), originals.featureArray());
    for (int row = COIN_HOLE.rows(); row < out.rows(); row++) {
      assertTrue(contains(COIN_HOLE, out.label(row), TestData.row(out, row)));
    }
  }

  @Test
  void resample_combinedBalanced_meetsAtMeanClassSize() {
    // given
    Sampler combined = RandomSampler.combined(TargetRatio.balanced());

    // when
    Dataset out = combined.resample(COIN_HOLE, Tolerances.SEED);

    // then: round(1400 / 3) = 467; a under-sampled, b and c over-sampled
    assertArrayEquals(new int[] {467, 467, 467}, out.classCounts());
  }

  @Test
  void resample_combinedCount_everyClassAtCount() {
    // given
    Sampler combined = RandomSampler.combined(TargetRatio.counts(500));

    // when
    Dataset out = combined.resample(COIN_HOLE, Tolerances.SEED);

    // then
    assertArrayEquals(new int[] {500, 500, 500}, out.classCounts());
  }

  @Test
  void resample_sameSeed_identicalRows() {
    // given
    Sampler combined = RandomSampler.combined(TargetRatio.balanced());

    // when
    Dataset first = combined.resample(COIN_HOLE, Tolerances.SEED);
    Dataset second = combined.resample(COIN_HOLE, Tolerances.SEED);
    Dataset other = combined.resample(COIN_HOLE, Tolerances.SEED + 1);

    // then
    assertArrayEquals(first.featureArray(), second.featureArray());
    assertArrayEquals(first.labels(), second.labels());
    assertFalse(Arrays.equals(first.featureArray(), other.featureArray()));
  }

  @Test
  void resample_underCountAboveClassSize_namesClass() {
    // given
    Sampler under = RandomSampler.under(TargetRatio.counts(100, 400, 100));

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> under.resample(COIN_HOLE, 1));

    // then
    assertTrue(e.getMessage().startsWith("under(counts=100:400:100): "));
    assertTrue(e.getMessage().contains("class 'b' has 300 samples and 400 were asked"));
  }

  @Test
  void resample_regressionSet_refused() {
    // given
    Dataset regression = Dataset.regression(new float[] {1, 2}, 1, new float[] {0, 1}, 1, null);
    Sampler over = RandomSampler.over(TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> over.resample(regression, 1));

    // then
    assertTrue(e.getMessage().contains("needs class labels"));
  }

  private static Map<String, Integer> rowCounts(Dataset data) {
    Map<String, Integer> counts = new HashMap<>();
    for (int row = 0; row < data.rows(); row++) {
      counts.merge(data.label(row) + Arrays.toString(TestData.row(data, row)), 1, Integer::sum);
    }
    return counts;
  }

  private static boolean contains(Dataset data, int label, float[] features) {
    for (float[] row : TestData.rowsOf(data, label)) {
      if (Arrays.equals(row, features)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubsequence(Dataset part, Dataset whole) {
    int next = 0;
    for (int row = 0; row < part.rows(); row++) {
      while (next < whole.rows()
          && !Arrays.equals(TestData.row(whole, next), TestData.row(part, row))) {
        next++;
      }
      if (next++ == whole.rows()) {
        return false;
      }
    }
    return true;
  }

  private static int[] range(int from, int to) {
    int[] out = new int[to - from];
    for (int i = 0; i < out.length; i++) {
      out[i] = from + i;
    }
    return out;
  }
}
