package org.nonlin.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class SuggestionsTest {

  /** One point per rate, the smoothed loss equal to the raw one. */
  private static List<RangePoint> curve(double[] rates, double[] losses) {
    List<RangePoint> points = new ArrayList<>();
    for (int i = 0; i < rates.length; i++) {
      points.add(new RangePoint(i, rates[i], losses[i], losses[i]));
    }
    return points;
  }

  @Test
  void of_curveWithOneValley_givesThreeDifferentRates() {
    // given rates one decade apart, so that u_i = log10(rate) steps by 1
    double[] rates = {1e-3, 1e-2, 1e-1, 1, 10, 100, 1000};
    double[] losses = {1.0, 0.95, 0.6, 0.5, 0.45, 0.4, 3.0};

    // when
    Suggestions s = Suggestions.of(curve(rates, losses), 0);

    // then slopes: -0.05, (0.6-1)/2 = -0.2, (0.5-0.95)/2 = -0.225, -0.075, -0.05, 1.275, 2.6
    assertEquals(0.1, s.steepest());
    assertEquals(100, s.lowest()); // minimum 0.4 at 100
    assertEquals(10, s.minimumTenth(), Tolerances.EXACT); // 100 / 10
    // valley: 1.0 > 0.95 > 0.6 > 0.5 > 0.45 > 0.4 spans 0..5; index 0 + round(2/3 * 5) = 3
    assertEquals(1.0, s.valley());
  }

  @Test
  void of_valleyWithABump_stepsOverTheBump() {
    // given a fall interrupted by 0.85
    double[] rates = {1e-2, 1e-1, 1, 10, 100, 1000};
    double[] losses = {1.0, 0.8, 0.85, 0.6, 0.4, 2.0};

    // when
    Suggestions s = Suggestions.of(curve(rates, losses), 0);

    // then 1.0 > 0.8 > 0.6 > 0.4 spans 0..4 (not just 2..4); index round(2/3 * 4) = 3
    assertEquals(10.0, s.valley());
  }

  @Test
  void of_heldRates_keepsTheLastPointOfEachRate() {
    // given two rates held for two steps each
    List<RangePoint> points =
        List.of(
            new RangePoint(0, 0.1, 5, 5),
            new RangePoint(1, 0.1, 4, 4),
            new RangePoint(2, 1, 3, 3),
            new RangePoint(3, 1, 2, 2));

    // when
    Suggestions s = Suggestions.of(points, 0);

    // then the curve is (0.1, 4), (1, 2): both slopes (2 - 4) / 1; the first wins
    assertEquals(0.1, s.steepest());
    assertEquals(0.1, s.minimumTenth(), Tolerances.EXACT); // 1 / 10
    assertEquals(1.0, s.valley()); // 4 > 2 spans 0..1; index round(2/3) = 1
  }

  @Test
  void of_skippedStart_ignoresTheEarlyDip() {
    // given a chance dip at the second point
    double[] rates = {1e-3, 1e-2, 1e-1, 1, 10};
    double[] losses = {1.0, 0.2, 1.0, 0.5, 0.9};

    // when
    Suggestions all = Suggestions.of(curve(rates, losses), 0);
    Suggestions skipped = Suggestions.of(curve(rates, losses), 2);

    // then
    assertEquals(1e-3, all.steepest()); // one-sided (0.2 - 1.0) / 1 = -0.8
    assertEquals(1e-3, all.minimumTenth(), Tolerances.EXACT); // 1e-2 / 10
    assertEquals(0.1, skipped.minimumTenth(), Tolerances.EXACT); // 1 / 10 among 1e-1, 1, 10
    assertEquals(0.1, skipped.steepest()); // (0.5 - 1.0) / 1 = -0.5, one-sided at the start
  }

  @Test
  void of_tooFewPoints_givesNaN() {
    List<RangePoint> one = List.of(new RangePoint(0, 0.5, 1, 1));

    Suggestions single = Suggestions.of(one, 0);
    Suggestions none = Suggestions.of(one, 1);

    assertTrue(Double.isNaN(single.steepest())); // a slope needs two rates
    assertEquals(0.05, single.minimumTenth(), Tolerances.EXACT); // 0.5 / 10
    assertEquals(0.5, single.valley());
    assertTrue(Double.isNaN(none.minimumTenth()));
    assertTrue(Double.isNaN(none.valley()));
  }

  @Test
  void get_eachRule_returnsItsRate() {
    Suggestions s = new Suggestions(1, 2, 3, 20);

    double minimum = s.get(SuggestionRule.MINIMUM);

    assertEquals(2, minimum);
    assertEquals(1, s.get(SuggestionRule.STEEPEST));
    assertEquals(3, s.get(SuggestionRule.VALLEY));
  }

  @Test
  void parse_ruleNames_readEveryRule() {
    for (SuggestionRule rule : SuggestionRule.values()) {
      SuggestionRule parsed = SuggestionRule.parse(" " + rule.label().toUpperCase() + " ");

      assertEquals(rule, parsed);
    }
    assertThrows(IllegalArgumentException.class, () -> SuggestionRule.parse("median"));
  }

  @Test
  void add_betaOneHalf_correctsTheBiasOfTheAverage() {
    LossSmoother smoother = new LossSmoother(0.5);

    double first = smoother.add(4);
    double second = smoother.add(2);

    assertEquals(4, first, Tolerances.EXACT); // v = 0.5 * 4 = 2; 2 / (1 - 0.5)
    assertEquals(8.0 / 3, second, Tolerances.EXACT); // v = 0.5 * 2 + 0.5 * 2 = 2; 2 / 0.75
  }

  @Test
  void add_betaZero_returnsEachLossUnchanged() {
    LossSmoother smoother = new LossSmoother(0);

    smoother.add(4);
    double second = smoother.add(2);

    assertEquals(2, second);
  }
}
