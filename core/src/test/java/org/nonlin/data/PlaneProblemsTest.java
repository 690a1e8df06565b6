package org.nonlin.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nonlin.testing.Tolerances;

/** The chapter's generators: shapes, class counts, ranges, geometry and determinism. */
class PlaneProblemsTest {

  /** Half the width of the double arc's noise band: (u − 0.5)/4 with u in [0, 1). */
  private static final double ARC_NOISE = 0.125;

  @Test
  void xor_fourCorners_labelledByExclusiveOr() {
    Dataset xor = PlaneProblems.xor();

    assertEquals(4, xor.rows());
    assertArrayEquals(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, xor.featureArray());
    assertArrayEquals(new int[] {0, 1, 1, 0}, xor.labels());
  }

  @Test
  void doubleArc_500Rows_halfPerClassTwoFeatures() {
    Dataset arc = PlaneProblems.doubleArc(500, Tolerances.SEED);

    assertEquals(500, arc.rows());
    assertEquals(2, arc.cols());
    assertArrayEquals(new int[] {250, 250}, arc.classCounts());
  }

  @Test
  void doubleArc_everyPoint_liesInItsClassBand() {
    Dataset arc = PlaneProblems.doubleArc(500, Tolerances.SEED);

    for (int r = 0; r < arc.rows(); r++) {
      double x1 = arc.feature(r, 0);
      double centre = Math.sin(x1) + arc.label(r) * PlaneProblems.ARC_GAP;
      double offset = arc.feature(r, 1) - centre;
      assertTrue(x1 >= 0 && x1 <= 3.14 + Tolerances.FLOAT, "x1 " + x1 + " at row " + r);
      assertTrue(Math.abs(offset) <= ARC_NOISE + Tolerances.FLOAT, "x2 off by " + offset);
    }
  }

  @Test
  void doubleArc_eachClass_spreadsX1EvenlyOverTheArc() {
    // 250 points per class: x1 = 3.14·i/249 for i = 0..249
    Dataset arc = PlaneProblems.doubleArc(500, Tolerances.SEED);

    for (int c = 0; c < 2; c++) {
      double[] x1 = new double[250];
      int n = 0;
      for (int r = 0; r < arc.rows(); r++) {
        if (arc.label(r) == c) {
          x1[n++] = arc.feature(r, 0);
        }
      }
      Arrays.sort(x1);
      for (int i = 0; i < 250; i++) {
        assertEquals(3.14 * i / 249, x1[i], Tolerances.FLOAT, "class " + c + " point " + i);
      }
    }
  }

  @Test
  void doubleArc_rows_comeShuffled() {
    Dataset arc = PlaneProblems.doubleArc(500, Tolerances.SEED);

    int[] labels = arc.labels();
    int[] sorted = labels.clone();
    Arrays.sort(sorted);

    assertFalse(Arrays.equals(sorted, labels));
  }

  @Test
  void doubleArc_sameSeed_sameDataAndOtherSeedOtherData() {
    Dataset first = PlaneProblems.doubleArc(100, Tolerances.SEED);
    Dataset again = PlaneProblems.doubleArc(100, Tolerances.SEED);
    Dataset other = PlaneProblems.doubleArc(100, Tolerances.SEED + 1);

    assertArrayEquals(first.featureArray(), again.featureArray());
    assertArrayEquals(first.labels(), again.labels());
    assertFalse(Arrays.equals(first.featureArray(), other.featureArray()));
  }

  @Test
  void doubleArc_oddSize_isRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PlaneProblems.doubleArc(5, 1));

    assertEquals("double-arc size 5 must be even and >= 4", e.getMessage());
  }

  @Test
  void coinHole_everyPoint_isInTheSquareAndLabelledByGeometry() {
    Dataset coin = PlaneProblems.coinHole(PlaneProblems.COIN_HOLE_TRAIN, Tolerances.SEED);

    assertEquals(PlaneProblems.COIN_HOLE_TRAIN, coin.rows());
    assertEquals(2, coin.cols());
    assertEquals(3, coin.numClasses());
    for (int r = 0; r < coin.rows(); r++) {
      float x1 = coin.feature(r, 0);
      float x2 = coin.feature(r, 1);
      assertTrue(Math.abs(x1) <= 0.5 && Math.abs(x2) <= 0.5, "point " + x1 + ", " + x2);
      assertEquals(PlaneProblems.coinHoleClass(x1, x2), coin.label(r), "row " + r);
    }
  }

  @Test
  void coinHole_1000Points_fillEveryClass() {
    Dataset coin = PlaneProblems.coinHole(PlaneProblems.COIN_HOLE_TRAIN, Tolerances.SEED);

    int[] counts = coin.classCounts();

    assertEquals(PlaneProblems.COIN_HOLE_TRAIN, counts[0] + counts[1] + counts[2]);
    assertTrue(counts[0] > 0 && counts[1] > 0 && counts[2] > 0, Arrays.toString(counts));
  }

  @Test
  void coinHole_pointWithinFloatRoundingOfTheCircle_isLabelledAsStored() {
    // seed 2 draws, as row 3,000,827, a point whose float64 coordinates lie just outside the
    // circle while their float32 roundings (0.08780602, 0.4413503) lie 5e-9 inside it
    Dataset coin = PlaneProblems.coinHole(3_000_828, 2);

    int r = 3_000_827;

    assertEquals(
        PlaneProblems.coinHoleClass(coin.feature(r, 0), coin.feature(r, 1)), coin.label(r));
  }

  @Test
  void coinHole_sameSeed_sameData() {
    Dataset first = PlaneProblems.coinHole(50, Tolerances.SEED);
    Dataset again = PlaneProblems.coinHole(50, Tolerances.SEED);

    assertArrayEquals(first.featureArray(), again.featureArray());
    assertArrayEquals(first.labels(), again.labels());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0",
    "0.19, -0.19, 0",
    "0.2, 0, 1", // |x1| < 0.2 fails; 0.04 < 0.2025 is inside the circle
    "0, -0.3, 1",
    "0.3, 0.3, 1", // 0.18 < 0.2025
    "0.45, 0, 2", // 0.2025 < 0.2025 fails: on the circle counts as outside
    "0.4, 0.4, 2", // 0.32 > 0.2025
    "-0.5, -0.5, 2"
  })
  void coinHoleClass_handPoints_followSquareAndCircle(double x1, double x2, int expected) {
    assertEquals(expected, PlaneProblems.coinHoleClass(x1, x2));
  }
}
