package org.nonlin.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nonlin.tune.Fixtures.assertMentions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nonlin.testing.Tolerances;

class RateSweepTest {

  @Test
  void exponential_sixDecadesInSevenSteps_multipliesByTenEachStep() {
    RateSweep sweep = RateSweep.exponential(1e-5, 10, 7);

    double second = sweep.rate(1);
    double last = sweep.rate(6);

    assertEquals(1e-4, second, 1e-4 * Tolerances.EXACT); // 1e-5 * (10 / 1e-5)^(1/6) = 1e-5 * 10
    assertEquals(10.0, last); // the end, exactly
    assertEquals(1e-5, sweep.rate(0));
    assertEquals(1, sweep.hold());
  }

  @Test
  void linear_tenSteps_addsEqualDifferences() {
    RateSweep sweep = RateSweep.linear(0.1, 1, 10);

    double fourth = sweep.rate(3);

    assertEquals(0.4, fourth, Tolerances.EXACT); // 0.1 + (1 - 0.1) * 3 / 9
    assertEquals(1.0, sweep.rate(9));
  }

  @Test
  void piecewise_chapterDesign_holdsEachDigitOfEachDecade() {
    RateSweep.Piecewise sweep = new RateSweep.Piecewise(1e-4, 1, 10);

    int rates = sweep.rateCount();

    assertEquals(37, rates); // 9 per decade for 1e-4, 1e-3, 1e-2, 1e-1, then 1
    assertEquals(370, sweep.steps()); // 37 * 10
    assertEquals(0.0001, sweep.rate(9)); // steps 0..9 hold the first rate
    assertEquals(0.0002, sweep.rate(10));
    assertEquals(0.0003, sweep.rate(20)); // the decimal 0.0003, not 3 * 0.0001
    assertEquals(0.0009, sweep.rate(89));
    assertEquals(0.001, sweep.rate(90));
    assertEquals(0.9, sweep.rate(359));
    assertEquals(1.0, sweep.rate(369));
  }

  @Test
  void piecewise_endBetweenGridRates_stopsAtTheLastRateBelowIt() {
    RateSweep sweep = RateSweep.piecewise(1e-3, 0.025, 1);

    int steps = sweep.steps();

    assertEquals(11, steps); // 0.001 .. 0.009, 0.01, 0.02
    assertEquals(0.02, sweep.rate(10));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"exp(1.0E-5,10.0,100)", "linear(0.01,2.0,50)", "piecewise(1.0E-4,1.0,10)"})
  void parse_specOfEachKind_readsBackTheSameSweep(String spec) {
    RateSweep sweep = RateSweep.parse(spec);

    String printed = sweep.spec();

    assertEquals(spec, printed);
    assertEquals(sweep, RateSweep.parse(" " + printed.replace(",", " , ") + " "));
  }

  @Test
  void parse_unknownKind_namesTheKindAndTheChoices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RateSweep.parse("cosine(1,2,3)"));

    assertMentions(e, "cosine", "exp, linear or piecewise");
  }

  @Test
  void parse_missingArgument_namesTheForms() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RateSweep.parse("exp(1e-5,10)"));

    assertMentions(e, "exp(1e-5,10)", "exp(start,end,steps)");
  }

  @Test
  void parse_fractionalSteps_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RateSweep.parse("linear(0.1,1,2.5)"));

    assertMentions(e, "steps '2.5'", "whole number");
  }

  @Test
  void exponential_endNotAboveStart_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RateSweep.exponential(1, 1, 10));

    assertMentions(e, "sweep end 1.0", "> the start 1.0");
  }

  @Test
  void linear_oneStep_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RateSweep.linear(0.1, 1, 1));

    assertMentions(e, "sweep steps 1", ">= 2");
  }

  @Test
  void piecewise_startWithTwoDigits_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RateSweep.piecewise(1.5e-4, 1, 10));

    assertMentions(e, "1.5E-4", "one significant digit");
  }
}
