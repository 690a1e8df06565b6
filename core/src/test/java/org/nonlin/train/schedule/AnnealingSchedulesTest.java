package org.nonlin.train.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nonlin.train.schedule.Messages.assertMentions;

import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class AnnealingSchedulesTest {

  @Test
  void rate_cosine_followsHalfCosineFromMaxToMin() {
    LearningRateSchedule cosine = new CosineAnnealing(0.1, 0.001, 3000);

    double[] rates = {cosine.rate(0), cosine.rate(1000), cosine.rate(1500), cosine.rate(3000)};

    assertEquals(0.1, rates[0], Tolerances.EXACT); // 0.001 + 0.099 * (1 + cos 0) / 2
    assertEquals(0.07525, rates[1], Tolerances.EXACT); // 0.001 + 0.099 * (1 + cos(π/3)) / 2
    assertEquals(0.0505, rates[2], Tolerances.EXACT); // 0.001 + 0.099 * (1 + cos(π/2)) / 2
    assertEquals(0.001, rates[3], Tolerances.EXACT); // 0.001 + 0.099 * (1 + cos π) / 2
  }

  @Test
  void rate_cosinePastTotal_staysAtMin() {
    LearningRateSchedule cosine = new CosineAnnealing(0.1, 0.001, 3000);

    double late = cosine.rate(4500);

    assertEquals(0.001, late, Tolerances.EXACT); // step clamped at T = 3000, not cos(1.5π)
  }

  @Test
  void constructor_cosineMinAboveMax_namesBoth() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new CosineAnnealing(0.1, 0.2, 100));

    assertMentions(e, "min rate 0.2 must be <= max rate 0.1");
  }

  @Test
  void rate_oneCycle_risesToMaxThenAnnealsToMaxOverDivTimesFinalDiv() {
    // start = 0.1 / 25 = 0.004, peak at R = 0.3 * 1000 = 300, end = 0.004 / 10000 = 4e-7
    LearningRateSchedule cycle = new OneCycle(0.1, 1000, 0.3, 25, 10_000);

    double[] rates = {
      cycle.rate(0),
      cycle.rate(100),
      cycle.rate(150),
      cycle.rate(300),
      cycle.rate(650),
      cycle.rate(1000)
    };

    assertEquals(0.004, rates[0], Tolerances.EXACT); // 0.004 + 0.096 * (1 - cos 0) / 2
    assertEquals(0.028, rates[1], Tolerances.EXACT); // 0.004 + 0.096 * (1 - cos(π/3)) / 2
    assertEquals(0.052, rates[2], Tolerances.EXACT); // 0.004 + 0.096 * (1 - cos(π/2)) / 2
    assertEquals(0.1, rates[3], Tolerances.EXACT); // 0.004 + 0.096 * (1 - cos π) / 2
    // (650 - 300) / 700 = 1/2: 4e-7 + (0.1 - 4e-7) * (1 + cos(π/2)) / 2
    assertEquals(0.0500002, rates[4], Tolerances.EXACT);
    assertEquals(4e-7, rates[5], Tolerances.EXACT); // 4e-7 + (0.1 - 4e-7) * (1 + cos π) / 2
  }

  @Test
  void rate_oneCyclePastTotal_staysAtFinalRate() {
    LearningRateSchedule cycle = new OneCycle(0.1, 1000, 0.3, 25, 10_000);

    double late = cycle.rate(5000);

    assertEquals(4e-7, late, Tolerances.EXACT); // 0.1 / (25 * 10000), step clamped at T
  }

  @Test
  void constructor_oneCycleShortForm_takesDefaults() {
    OneCycle cycle = new OneCycle(0.1, 1000);

    OneCycle full =
        new OneCycle(
            0.1, 1000, OneCycle.DEFAULT_RISE, OneCycle.DEFAULT_DIV, OneCycle.DEFAULT_FINAL_DIV);

    assertEquals(full, cycle);
  }

  @Test
  void constructor_oneCycleRiseOfOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OneCycle(0.1, 1000, 1, 25, 1e4));

    assertMentions(e, "rise fraction 1 must be in (0, 1)");
  }

  @Test
  void constructor_oneCycleDivBelowOne_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new OneCycle(0.1, 1000, 0.3, 0.5, 1e4));

    assertMentions(e, "div factor 0.5 must be finite and >= 1");
  }
}
