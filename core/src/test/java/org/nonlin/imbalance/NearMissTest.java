package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class NearMissTest {

  /**
   * Class a at x = 0, 1, 2, 10, 11, 12 and class b at x = 3 and 20, on a line: distances are
   * differences of x, and the hand computations below read straight off it.
   */
  private static final Dataset LINE =
      TestData.rows(
          2,
          new double[] {0, 0},
          new double[] {0, 1},
          new double[] {0, 2},
          new double[] {0, 10},
          new double[] {0, 11},
          new double[] {0, 12},
          new double[] {1, 3},
          new double[] {1, 20});

  @Test
  void resample_versionOne_keepsClosestToMinority() {
    // given
    Sampler nearMiss = new NearMiss(1, 1, TargetRatio.balanced());

    // when
    Dataset out = nearMiss.resample(LINE, Tolerances.SEED);

    // then: distance to the nearest b is 3, 2, 1, 7, 8, 8, so x = 1 and x = 2 stay
    assertEquals(List.of(1f, 2f, 3f, 20f), TestData.firstFeature(out));
  }

  @Test
  void resample_versionOneTwoNeighbours_tiesToLowerRow() {
    // given
    Sampler nearMiss = new NearMiss(1, 2, TargetRatio.balanced());

    // when
    Dataset out = nearMiss.resample(LINE, Tolerances.SEED);

    // then: means (3+20)/2 = 11.5, (2+19)/2 = 10.5, 9.5, (7+10)/2 = 8.5, (8+9)/2 = 8.5, 8.5:
    // three tie at 8.5 and the two lower rows, x = 10 and x = 11, stay
    assertEquals(List.of(10f, 11f, 3f, 20f), TestData.firstFeature(out));
  }

  @Test
  void resample_versionTwo_keepsClosestFarthestMinority() {
    // given
    Sampler nearMiss = new NearMiss(2, 1, TargetRatio.balanced());

    // when
    Dataset out = nearMiss.resample(LINE, Tolerances.SEED);

    // then: distance to the farthest b is 20, 19, 18, 10, 9, 9, so x = 11 and x = 12 stay
    assertEquals(List.of(11f, 12f, 3f, 20f), TestData.firstFeature(out));
  }

  @Test
  void resample_versionThree_keepsFarthestOfShortlist() {
    // given
    Sampler nearMiss = new NearMiss(3, 2, TargetRatio.balanced());

    // when
    Dataset out = nearMiss.resample(LINE, Tolerances.SEED);

    // then: b = 3 shortlists x = 2, 1 and b = 20 shortlists x = 12, 11; their mean distances to
    // both b are (2+19)/2 = 10.5, 9.5, 8.5, 8.5, so the largest, x = 1 and x = 2, stay
    assertEquals(List.of(1f, 2f, 3f, 20f), TestData.firstFeature(out));
  }

  @Test
  void resample_versionThreeShortlistTooShort_suggestsFix() {
    // given: with k = 1 the shortlist is x = 2 and x = 12, but 3 rows of a must stay
    Sampler nearMiss = new NearMiss(3, 1, TargetRatio.counts(3, 2));

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> nearMiss.resample(LINE, 1));

    // then
    assertTrue(e.getMessage().contains("shortlisted 2 samples of class 'a'"));
    assertTrue(e.getMessage().contains("raise k"));
  }

  @Test
  void resample_threeClasses_eachClassAtTarget() {
    // given
    Dataset coinHole = TestData.blobs(Tolerances.SEED, 1000, 300, 100);
    Sampler nearMiss = new NearMiss(1, NearMiss.DEFAULT_K, TargetRatio.balanced());

    // when
    Dataset out = nearMiss.resample(coinHole, Tolerances.SEED);

    // then: every class cut to the smallest; class c keeps all its rows
    assertArrayEquals(new int[] {100, 100, 100}, out.classCounts());
    assertEquals(TestData.rowsOf(coinHole, 2).size(), TestData.rowsOf(out, 2).size());
  }

  @Test
  void resample_kAboveOtherClasses_suggestsLowerK() {
    // given: the classes other than a hold 2 rows
    Sampler nearMiss = new NearMiss(1, 3, TargetRatio.balanced());

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> nearMiss.resample(LINE, 1));

    // then
    assertTrue(e.getMessage().contains("hold 2 samples, fewer than k = 3; lower k"));
  }

  @Test
  void constructor_versionFour_refused() {
    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new NearMiss(4, 3, TargetRatio.balanced()));

    // then
    assertEquals("nearmiss version 4 must be 1, 2 or 3", e.getMessage());
  }
}
