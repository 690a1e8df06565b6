package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class ClassWeightsTest {

  @Test
  void balanced_coinHole_nOverKTimesClassSize() {
    // given
    int[] counts = {1000, 300, 100};

    // when
    double[] weights = ClassWeights.balanced(counts);

    // then: 1400 / (3 * 1000) = 0.467, 1400 / (3 * 300) = 1.556, 1400 / (3 * 100) = 4.667
    assertArrayEquals(
        new double[] {1400.0 / 3000, 1400.0 / 900, 1400.0 / 300}, weights, Tolerances.EXACT);
    assertEquals(0.467, weights[0], Tolerances.THREE_DECIMALS);
    assertEquals(1.556, weights[1], Tolerances.THREE_DECIMALS);
    assertEquals(4.667, weights[2], Tolerances.THREE_DECIMALS);
  }

  @Test
  void balanced_anyCounts_weightedRowsAddUpToRows() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 37, 5, 120);

    // when
    double[] weights = ClassWeights.balanced(train);

    // then: Σ n_c w_c = n, and every class carries n / k = 162 / 3 = 54
    int[] counts = train.classCounts();
    double total = 0;
    for (int c = 0; c < counts.length; c++) {
      assertEquals(54, counts[c] * weights[c], Tolerances.EXACT);
      total += counts[c] * weights[c];
    }
    assertEquals(162, total, Tolerances.EXACT);
  }

  @Test
  void balanced_emptyClass_refused() {
    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.balanced(new int[] {5, 0}));

    // then
    assertTrue(e.getMessage().startsWith("class 1 has 0 rows"));
  }

  @Test
  void parse_balancedOrList_weights() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 30, 10);

    // when
    double[] balanced = ClassWeights.parse("balanced", train);
    double[] given = ClassWeights.parse("1:2.5", train);

    // then: 40 / (2 * 30) and 40 / (2 * 10)
    assertArrayEquals(new double[] {40.0 / 60, 40.0 / 20}, balanced, Tolerances.EXACT);
    assertArrayEquals(new double[] {1, 2.5}, given, Tolerances.EXACT);
  }

  @Test
  void parse_wrongNumberOfWeights_refused() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 30, 10);

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.parse("1:2:3", train));

    // then
    assertEquals("3 class weights given for 2 classes", e.getMessage());
  }

  @Test
  void parse_notANumber_showsExample() {
    // given
    Dataset train = TestData.blobs(Tolerances.SEED, 30, 10, 5);

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClassWeights.parse("heavy", train));

    // then
    assertTrue(e.getMessage().endsWith("must be balanced or one number per class, e.g. 1:1:1"));
  }

  @Test
  void given_negativeWeight_refused() {
    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClassWeights.given(new double[] {1, -2}, 2));

    // then
    assertEquals("weight -2.0 of class 1 must be finite and >= 0", e.getMessage());
  }
}
