package org.nonlin.train.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nonlin.train.schedule.Messages.assertMentions;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class WrapperSchedulesTest {

  private static final LearningRateSchedule HALVING = new StepDecay(0.1, 0.5, 50);

  @Test
  void rate_warmup_rampsLinearlyToInnerRateAtHandover() {
    LearningRateSchedule warm = new LinearWarmup(4, new FixedRate(0.1));

    double[] rates = {warm.rate(0), warm.rate(1), warm.rate(3), warm.rate(4)};

    assertEquals(0.025, rates[0], Tolerances.EXACT); // 0.1 * (0 + 1) / 4
    assertEquals(0.05, rates[1], Tolerances.EXACT); // 0.1 * (1 + 1) / 4
    assertEquals(0.1, rates[2], Tolerances.EXACT); // 0.1 * (3 + 1) / 4: ramp complete
    assertEquals(0.1, rates[3], Tolerances.EXACT); // inner takes over
  }

  @Test
  void rate_warmup_keepsTheInnerClockAndRampsToInnerAtN() {
    // inner(100) = 0.1 * 0.5^floor(100/50) = 0.025
    LearningRateSchedule warm = new LinearWarmup(100, HALVING);

    double[] rates = {warm.rate(0), warm.rate(49), warm.rate(99), warm.rate(100), warm.rate(150)};

    assertEquals(0.00025, rates[0], Tolerances.EXACT); // 0.025 * 1 / 100
    assertEquals(0.0125, rates[1], Tolerances.EXACT); // 0.025 * 50 / 100
    assertEquals(0.025, rates[2], Tolerances.EXACT); // 0.025 * 100 / 100
    assertEquals(0.025, rates[3], Tolerances.EXACT); // inner(100), no jump
    assertEquals(0.0125, rates[4], Tolerances.EXACT); // inner(150) = 0.1 * 0.5^3, not inner(50)
  }

  @Test
  void rate_scaled_multipliesEveryRate() {
    LearningRateSchedule doubled = HALVING.scaled(2);

    double[] rates = {doubled.rate(0), doubled.rate(50)};

    assertEquals(0.2, rates[0], Tolerances.EXACT); // 2 * 0.1
    assertEquals(0.1, rates[1], Tolerances.EXACT); // 2 * 0.05
  }

  @Test
  void rate_warmupAndScale_commute() {
    LearningRateSchedule scaleOutside = new LinearWarmup(100, HALVING).scaled(3);
    LearningRateSchedule scaleInside = new LinearWarmup(100, HALVING.scaled(3));

    for (long step = 0; step < 300; step++) {
      assertEquals(scaleOutside.rate(step), scaleInside.rate(step), Tolerances.EXACT);
    }
  }

  @Test
  void rate_capped_limitsOnlyRatesAboveTheCap() {
    LearningRateSchedule capped = new StepDecay(0.1, 0.9, 50).scaled(2).capped(0.15);

    double[] rates = {capped.rate(0), capped.rate(100), capped.rate(150)};

    assertEquals(0.15, rates[0], Tolerances.EXACT); // min(0.15, 2 * 0.1)
    assertEquals(0.15, rates[1], Tolerances.EXACT); // min(0.15, 2 * 0.081 = 0.162)
    assertEquals(0.1458, rates[2], Tolerances.EXACT); // min(0.15, 2 * 0.0729)
  }

  @Test
  void unit_perEpoch_isEpochAndRatesAreTheInnerOnes() {
    LearningRateSchedule perEpoch = new PerEpoch(HALVING);

    ScheduleUnit unit = perEpoch.unit();

    assertEquals(ScheduleUnit.EPOCH, unit);
    assertEquals(ScheduleUnit.ITERATION, HALVING.unit());
    assertEquals(HALVING.rate(120), perEpoch.rate(120));
  }

  @Test
  void scaledAndCapped_perEpoch_keepTheUnitOutermost() {
    LearningRateSchedule perEpoch = new PerEpoch(HALVING);

    LearningRateSchedule wrapped = perEpoch.scaled(2).capped(0.15);

    assertEquals(ScheduleUnit.EPOCH, wrapped.unit());
    assertEquals("cap(0.15,scale(2,step(0.1,0.5,50)))@epoch", wrapped.spec());
    assertEquals(0.15, wrapped.rate(0), Tolerances.EXACT); // min(0.15, 2 * 0.1)
  }

  @Test
  void constructor_warmupAroundPerEpoch_isRejected() {
    LearningRateSchedule perEpoch = new PerEpoch(HALVING);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LinearWarmup(5, perEpoch));

    assertMentions(e, "'step(0.1,0.5,50)@epoch'", "warmup", "after the outermost schedule");
  }

  @Test
  void changesAt_step_isTrueAtZeroAndAtEachBoundaryOnly() {
    LearningRateSchedule step = new StepDecay(0.1, 0.9, 50);

    List<Long> changes = new ArrayList<>();
    for (long t = 0; t < 160; t++) {
      if (step.changesAt(t)) {
        changes.add(t);
      }
    }

    assertEquals(List.of(0L, 50L, 100L, 150L), changes);
  }

  @Test
  void changesAt_fixed_isTrueOnlyAtZero() {
    LearningRateSchedule fixed = new FixedRate(0.1);

    boolean atZero = fixed.changesAt(0);
    boolean later = fixed.changesAt(1);

    assertTrue(atZero);
    assertFalse(later);
  }
}
