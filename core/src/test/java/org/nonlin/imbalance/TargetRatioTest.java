package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetRatioTest {

  private static final int[] COIN_HOLE = {1000, 300, 100};
  private static final List<String> NAMES = List.of("a", "b", "c");

  @Test
  void targets_balancedUnder_smallestClassSize() {
    // given
    TargetRatio balanced = TargetRatio.balanced();

    // when
    int[] targets = balanced.targets(COIN_HOLE, NAMES, Direction.UNDER);

    // then: the smallest class, 100, is the reference
    assertArrayEquals(new int[] {100, 100, 100}, targets);
  }

  @Test
  void targets_balancedOver_largestClassSize() {
    // given
    TargetRatio balanced = TargetRatio.balanced();

    // when
    int[] targets = balanced.targets(COIN_HOLE, NAMES, Direction.OVER);

    // then: the largest class, 1000, is the reference
    assertArrayEquals(new int[] {1000, 1000, 1000}, targets);
  }

  @Test
  void targets_balancedBoth_meanClassSize() {
    // given
    TargetRatio balanced = TargetRatio.balanced();

    // when
    int[] targets = balanced.targets(COIN_HOLE, NAMES, Direction.BOTH);

    // then: round(1400 / 3) = round(466.67) = 467
    assertArrayEquals(new int[] {467, 467, 467}, targets);
  }

  @Test
  void targets_proportionsUnder_scaledToTightestClass() {
    // given
    TargetRatio ratio = TargetRatio.proportions(3, 2, 1);

    // when
    int[] targets = ratio.targets(COIN_HOLE, NAMES, Direction.UNDER);

    // then: n/r = 333.3, 150, 100, so class c is the reference: 100 * 3, 100 * 2, 100 * 1
    assertArrayEquals(new int[] {300, 200, 100}, targets);
  }

  @Test
  void targets_proportionsOver_scaledToLargestPerPart() {
    // given
    TargetRatio ratio = TargetRatio.proportions(3, 2, 1);

    // when
    int[] targets = ratio.targets(COIN_HOLE, NAMES, Direction.OVER);

    // then: class a is the reference: 1000, round(1000 * 2 / 3) = 667, round(1000 / 3) = 333
    assertArrayEquals(new int[] {1000, 667, 333}, targets);
  }

  @Test
  void targets_proportionsOverReferenceIsMinority_majorityGrows() {
    // given: the second class should be twice the first
    TargetRatio ratio = TargetRatio.proportions(1, 2);

    // when
    int[] targets = ratio.targets(new int[] {100, 50}, List.of("a", "b"), Direction.OVER);

    // then: n/r = 100 and 25, class a is the reference: 100 * 1 and 100 * 2
    assertArrayEquals(new int[] {100, 200}, targets);
  }

  @Test
  void targets_proportionsBoth_keepTotal() {
    // given
    TargetRatio ratio = TargetRatio.proportions(2, 1, 1);

    // when
    int[] targets = ratio.targets(COIN_HOLE, NAMES, Direction.BOTH);

    // then: 1400 * 2/4 = 700, 1400 * 1/4 = 350 twice
    assertArrayEquals(new int[] {700, 350, 350}, targets);
  }

  @Test
  void targets_countsBoth_usedAsGiven() {
    // given
    TargetRatio single = TargetRatio.counts(500);
    TargetRatio perClass = TargetRatio.counts(800, 400, 200);

    // when
    int[] same = single.targets(COIN_HOLE, NAMES, Direction.BOTH);
    int[] each = perClass.targets(COIN_HOLE, NAMES, Direction.BOTH);

    // then
    assertArrayEquals(new int[] {500, 500, 500}, same);
    assertArrayEquals(new int[] {800, 400, 200}, each);
  }

  @Test
  void targets_countsUnderAboveClassSize_explainsWhy() {
    // given
    TargetRatio counts = TargetRatio.counts(100, 500, 100);

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> counts.targets(COIN_HOLE, NAMES, Direction.UNDER));

    // then
    assertTrue(e.getMessage().contains("class 'b' has 300 samples and 500 were asked"));
    assertTrue(e.getMessage().contains("without replacement"));
  }

  @Test
  void targets_countsOverBelowClassSize_explainsWhy() {
    // given
    TargetRatio counts = TargetRatio.counts(500);

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> counts.targets(COIN_HOLE, NAMES, Direction.OVER));

    // then
    assertTrue(e.getMessage().contains("class 'a' has 1000 samples and 500 were asked"));
  }

  @Test
  void targets_partsNotOnePerClass_namesBothCounts() {
    // given
    TargetRatio ratio = TargetRatio.proportions(1, 1);

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ratio.targets(COIN_HOLE, NAMES, Direction.OVER));

    // then
    assertTrue(e.getMessage().contains("has 2 parts but the data set has 3 classes"));
  }

  @Test
  void targets_underBelowOneSample_refused() {
    // given: class b should be 10,000 times smaller than class a
    TargetRatio ratio = TargetRatio.proportions(10000, 1);

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ratio.targets(new int[] {1000, 300}, List.of("a", "b"), Direction.UNDER));

    // then: round(1000 * 1 / 10000) = round(0.1) = 0
    assertTrue(e.getMessage().contains("leaves class 'b' with 0 samples"));
  }

  @Test
  void targets_overBeyondIntRange_refused() {
    // given
    TargetRatio ratio = TargetRatio.proportions(1, 1e9);

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ratio.targets(new int[] {1000, 300}, List.of("a", "b"), Direction.OVER));

    // then: class a is the reference, 1000 * 1e9 = 1e12 rows
    assertEquals("target class size 1.0E12 must be below 2147483647 rows", e.getMessage());
  }

  @Test
  void targets_emptyClass_refused() {
    // given
    TargetRatio balanced = TargetRatio.balanced();

    // when
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> balanced.targets(new int[] {10, 0}, List.of("a", "b"), Direction.OVER));

    // then
    assertTrue(e.getMessage().contains("class 'b' has 0 training samples"));
  }

  @Test
  void counts_zero_refused() {
    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TargetRatio.counts(5, 0));

    // then
    assertTrue(e.getMessage().contains("class size 0 in counts must be >= 1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"balanced", "1:1", "3:2:1", "1.5:1", "counts=500", "counts=500:300:100"})
  void parse_canonicalForm_printsBackIdentically(String text) {
    // when
    TargetRatio ratio = TargetRatio.parse(text);

    // then
    assertEquals(text, ratio.spec());
    assertEquals(ratio, TargetRatio.parse(ratio.spec()));
  }

  @Test
  void parse_equivalentForms_equal() {
    // when
    TargetRatio written = TargetRatio.parse("2.0:1");

    // then
    assertEquals(TargetRatio.proportions(2, 1), written);
    assertEquals("2:1", written.spec());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "2:x", "0:1", "-1:1", "NaN:1", "counts=5:a", "counts=0", "1:"})
  void parse_malformed_refused(String text) {
    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TargetRatio.parse(text));

    // then: every message says what was expected
    assertTrue(e.getMessage().contains("must"), e.getMessage());
  }
}
