package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class ConfusionMatrixTest {

  private static final List<String> ABC = List.of("a", "b", "c");

  /**
   * Rows actual, columns predicted. Supports t = (6, 6, 4), predicted counts p = (8, 4, 4), n = 16,
   * correct s = 5 + 3 + 3 = 11.
   */
  private static final long[][] COUNTS = {{5, 1, 0}, {2, 3, 1}, {1, 0, 3}};

  @Test
  void of_labelsAndPredictions_countsEachPair() {
    // given
    int[] actual = {0, 0, 1, 2, 2, 2};
    int[] predicted = {0, 1, 1, 2, 0, 2};

    // when
    ConfusionMatrix m = ConfusionMatrix.of(ABC, actual, predicted);

    // then
    assertArrayEquals(new long[] {1, 1, 0}, m.counts()[0]);
    assertArrayEquals(new long[] {0, 1, 0}, m.counts()[1]);
    assertArrayEquals(new long[] {1, 0, 2}, m.counts()[2]);
    assertEquals(6, m.total());
  }

  @Test
  void figures_threeClassExample_matchHandComputation() {
    // given
    ConfusionMatrix m = ConfusionMatrix.fromCounts(ABC, COUNTS);

    // when / then
    assertEquals(6, m.support(1));
    assertEquals(4, m.predictedCount(2));
    assertEquals(11.0 / 16, m.accuracy(), Tolerances.EXACT);
    // sum t_c p_c = 6*8 + 6*4 + 4*4 = 88; kappa = (16*11 - 88) / (256 - 88) = 88 / 168
    assertEquals(88.0 / 168, m.kappa(), Tolerances.EXACT);
    // second method: p_o = 11/16, p_e = 88/256, kappa = (p_o - p_e) / (1 - p_e)
    assertEquals((11.0 / 16 - 88.0 / 256) / (1 - 88.0 / 256), m.kappa(), Tolerances.EXACT);
    // sum p^2 = 64 + 16 + 16 = 96, sum t^2 = 36 + 36 + 16 = 88;
    // MCC = 88 / sqrt((256 - 96) (256 - 88)) = 88 / sqrt(26880)
    assertEquals(88 / Math.sqrt(26880), m.mcc(), Tolerances.EXACT);
  }

  @Test
  void oneVsRest_threeClassExample_splitsCounts() {
    // given
    ConfusionMatrix m = ConfusionMatrix.fromCounts(ABC, COUNTS);

    // when
    BinaryMetrics b = m.oneVsRest(1);

    // then: TP = 3, FN = 6 - 3, FP = 4 - 3, TN = 16 - 3 - 3 - 1
    assertEquals(new BinaryMetrics(3, 3, 1, 9), b);
    assertEquals(0.75, b.precision(), Tolerances.EXACT); // 3 / 4
    assertEquals(0.5, b.recall(), Tolerances.EXACT); // 3 / 6
    assertEquals(0.6, b.f1(), Tolerances.EXACT); // 6 / (6 + 3 + 1)
  }

  @Test
  void averages_threeClassExample_matchHandComputation() {
    // given per class (P, R, F1): a (5/8, 5/6, 10/14), b (3/4, 1/2, 6/10), c (3/4, 3/4, 6/8)
    ConfusionMatrix m = ConfusionMatrix.fromCounts(ABC, COUNTS);
    OptionalDouble none = OptionalDouble.empty();
    List<ClassMetrics> perClass = ClassMetrics.all(m, new OptionalDouble[] {none, none, none});

    // when
    AveragedMetrics macro = AveragedMetrics.macro(perClass);
    AveragedMetrics weighted = AveragedMetrics.weighted(perClass);
    AveragedMetrics micro = AveragedMetrics.micro(m);

    // then
    assertEquals((5.0 / 8 + 0.75 + 0.75) / 3, macro.precision(), Tolerances.EXACT);
    assertEquals((5.0 / 6 + 0.5 + 0.75) / 3, macro.recall(), Tolerances.EXACT);
    assertEquals((10.0 / 14 + 0.6 + 0.75) / 3, macro.f1(), Tolerances.EXACT);
    // weights 6, 6, 4 of 16
    assertEquals((6 * 5.0 / 8 + 6 * 0.75 + 4 * 0.75) / 16, weighted.precision(), Tolerances.EXACT);
    assertEquals(11.0 / 16, weighted.recall(), Tolerances.EXACT); // (5 + 3 + 3) / 16
    assertEquals((6 * 10.0 / 14 + 6 * 0.6 + 4 * 0.75) / 16, weighted.f1(), Tolerances.EXACT);
    // pooled: sum TP = 11, sum FP = sum FN = 5
    assertEquals(11.0 / 16, micro.precision(), Tolerances.EXACT);
    assertEquals(11.0 / 16, micro.recall(), Tolerances.EXACT);
    assertEquals(11.0 / 16, micro.f1(), Tolerances.EXACT);
  }

  @Test
  void counts_returnedArray_isACopy() {
    // given
    ConfusionMatrix m = ConfusionMatrix.fromCounts(ABC, COUNTS);

    // when
    m.counts()[0][0] = 99;

    // then
    assertEquals(5, m.count(0, 0));
  }

  @Test
  void classIndex_unknownName_throwsNamingKnownClasses() {
    ConfusionMatrix m = ConfusionMatrix.fromCounts(ABC, COUNTS);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> m.classIndex("d"));

    assertEquals("unknown class 'd'; the classes are [a, b, c]", e.getMessage());
  }

  @Test
  void of_labelOutOfRange_throwsNamingRowAndRange() {
    int[] actual = {0, 3};
    int[] predicted = {0, 0};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ConfusionMatrix.of(ABC, actual, predicted));

    assertEquals("label 3 at row 1 must be a class index in [0, 2]", e.getMessage());
  }

  @Test
  void of_lengthsDiffer_throwsNamingLengths() {
    int[] actual = {0, 1, 2};
    int[] predicted = {0, 1};

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ConfusionMatrix.of(ABC, actual, predicted));

    assertTrue(e.getMessage().contains("length 2"), e.getMessage());
    assertTrue(e.getMessage().contains("3 labels"), e.getMessage());
  }

  @Test
  void of_empty_throws() {
    int[] none = {};

    assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(ABC, none, none));
  }

  @Test
  void fromCounts_duplicateName_throwsNamingIt() {
    List<String> names = List.of("a", "a", "c");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ConfusionMatrix.fromCounts(names, COUNTS));

    assertTrue(e.getMessage().contains("'a' twice"), e.getMessage());
  }

  @Test
  void fromCounts_negativeCount_throwsNamingCell() {
    long[][] counts = {{1, 0}, {-1, 2}};
    List<String> names = List.of("x", "y");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ConfusionMatrix.fromCounts(names, counts));

    assertEquals("count -1 at row 1, column 0 must be >= 0", e.getMessage());
  }

  @Test
  void fromCounts_wrongShape_throws() {
    long[][] counts = {{1, 0}, {1, 2}};

    assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.fromCounts(ABC, counts));
  }
}
