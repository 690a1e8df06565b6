package org.nonlin.train.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nonlin.train.schedule.Messages.assertMentions;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class DecaySchedulesTest {

  @Test
  void rate_fixed_isTheSameAtEveryStep() {
    LearningRateSchedule fixed = new FixedRate(0.1);

    double first = fixed.rate(0);
    double late = fixed.rate(1_000_000);

    assertEquals(0.1, first);
    assertEquals(0.1, late);
  }

  @Test
  void rate_chapterStepExample_multipliesByGammaEveryFiftySteps() {
    LearningRateSchedule step = new StepDecay(0.1, 0.9, 50);

    double[] rates = {step.rate(0), step.rate(49), step.rate(50), step.rate(100), step.rate(150)};

    assertEquals(0.1, rates[0], Tolerances.EXACT); // 0.1 * 0.9^floor(0/50) = 0.1 * 0.9^0
    assertEquals(0.1, rates[1], Tolerances.EXACT); // floor(49/50) = 0: still 0.1
    assertEquals(0.09, rates[2], Tolerances.EXACT); // 0.1 * 0.9^1
    assertEquals(0.081, rates[3], Tolerances.EXACT); // 0.1 * 0.9^2 = 0.1 * 0.81
    assertEquals(0.0729, rates[4], Tolerances.EXACT); // 0.1 * 0.9^3 = 0.1 * 0.729
  }

  @Test
  void rate_multistep_multipliesByGammaAtEachMilestone() {
    LearningRateSchedule multistep = new MultiStepDecay(0.1, 0.1, List.of(3000L, 5500L, 8000L));

    double[] rates = {
      multistep.rate(2999), multistep.rate(3000), multistep.rate(5499),
      multistep.rate(5500), multistep.rate(8000), multistep.rate(100_000)
    };

    assertEquals(0.1, rates[0], Tolerances.EXACT); // no milestone <= 2999: 0.1 * 0.1^0
    assertEquals(0.01, rates[1], Tolerances.EXACT); // 3000 passed: 0.1 * 0.1^1
    assertEquals(0.01, rates[2], Tolerances.EXACT); // still only 3000 passed
    assertEquals(0.001, rates[3], Tolerances.EXACT); // 3000, 5500 passed: 0.1 * 0.1^2
    assertEquals(0.0001, rates[4], Tolerances.EXACT); // all three passed: 0.1 * 0.1^3
    assertEquals(0.0001, rates[5], Tolerances.EXACT); // no further milestones
  }

  @Test
  void rate_exp_multipliesByGammaEveryStep() {
    LearningRateSchedule halving = new ExponentialDecay(0.1, 0.5);
    LearningRateSchedule slow = new ExponentialDecay(0.1, 0.999);

    double third = halving.rate(3);
    double thousandth = slow.rate(1000);

    assertEquals(0.0125, third, Tolerances.EXACT); // 0.1 * 0.5^3 = 0.1 / 8
    // 0.1 * 0.999^1000 = 0.1 * e^(1000 ln 0.999) = 0.1 * 0.36769542...
    assertEquals(0.1 * Math.exp(1000 * Math.log(0.999)), thousandth, Tolerances.EXACT);
  }

  @Test
  void rate_expWithGammaAboveOne_growsThenOverflowsToInfinity() {
    LearningRateSchedule growing = new ExponentialDecay(0.1, 2);

    double tenth = growing.rate(10);
    double far = growing.rate(2000);

    assertEquals(102.4, tenth, Tolerances.EXACT); // 0.1 * 2^10 = 0.1 * 1024
    assertEquals(Double.POSITIVE_INFINITY, far); // 2^2000 > Double.MAX_VALUE (about 2^1024)
  }

  @Test
  void rate_inv_followsInversePower() {
    LearningRateSchedule inv = new InverseDecay(1, 0.5, 2);
    LearningRateSchedule chapter = new InverseDecay(0.1, 0.0001, 0.75);

    double[] rates = {inv.rate(0), inv.rate(2), inv.rate(6), chapter.rate(10_000)};

    assertEquals(1, rates[0], Tolerances.EXACT); // 1 * (1 + 0)^-2
    assertEquals(0.25, rates[1], Tolerances.EXACT); // (1 + 0.5*2)^-2 = 2^-2
    assertEquals(0.0625, rates[2], Tolerances.EXACT); // (1 + 0.5*6)^-2 = 4^-2
    // 0.1 * (1 + 0.0001*10000)^-0.75 = 0.1 / 2^0.75 = 0.1 / 1.68179283...
    assertEquals(0.1 / Math.sqrt(2 * Math.sqrt(2)), rates[3], Tolerances.EXACT);
  }

  @Test
  void rate_poly_fallsToZeroAtTotalAndStaysThere() {
    LearningRateSchedule linear = new PolynomialDecay(0.1, 1, 100);
    LearningRateSchedule square = new PolynomialDecay(0.1, 2, 100);

    double[] rates = {linear.rate(25), square.rate(50), square.rate(100), square.rate(150)};

    assertEquals(0.075, rates[0], Tolerances.EXACT); // 0.1 * (1 - 25/100)^1
    assertEquals(0.025, rates[1], Tolerances.EXACT); // 0.1 * (1 - 50/100)^2 = 0.1 * 0.25
    assertEquals(0, rates[2], Tolerances.EXACT); // 0.1 * 0^2
    assertEquals(0, rates[3], Tolerances.EXACT); // step clamped at T = 100
  }

  @Test
  void rate_polyWithPowerZero_keepsTheRateAfterTotal() {
    LearningRateSchedule flat = new PolynomialDecay(0.1, 0, 100);

    double after = flat.rate(150);

    assertEquals(0.1, after, Tolerances.EXACT); // 0.1 * 0^0 = 0.1 * 1
  }

  @Test
  void rate_sigmoidWithNegativeGamma_decaysThroughHalfAtCenter() {
    double gamma = -Math.log(3) / 100; // so that exp(-gamma * 100) = 3
    LearningRateSchedule sigmoid = new SigmoidSchedule(0.1, gamma, 500);

    double[] rates = {sigmoid.rate(400), sigmoid.rate(500), sigmoid.rate(600)};

    assertEquals(0.075, rates[0], Tolerances.EXACT); // 0.1 / (1 + exp(ln3 * -1)) = 0.1 / (4/3)
    assertEquals(0.05, rates[1], Tolerances.EXACT); // 0.1 / (1 + e^0)
    assertEquals(0.025, rates[2], Tolerances.EXACT); // 0.1 / (1 + exp(ln3)) = 0.1 / 4
  }

  @Test
  void rate_sigmoidWithPositiveGamma_rises() {
    LearningRateSchedule sigmoid = new SigmoidSchedule(0.1, Math.log(3) / 100, 500);

    double before = sigmoid.rate(400);
    double after = sigmoid.rate(600);

    assertEquals(0.025, before, Tolerances.EXACT); // 0.1 / (1 + exp(ln3)) = 0.1 / 4
    assertEquals(0.075, after, Tolerances.EXACT); // 0.1 / (1 + exp(-ln3)) = 0.1 / (4/3)
  }

  @Test
  void rate_sigmoidFarPastCenter_isExactlyZeroNotNaN() {
    LearningRateSchedule sigmoid = new SigmoidSchedule(0.1, -1, 0);

    double rate = sigmoid.rate(1000);

    assertEquals(0, rate); // exp(1000) overflows to +Infinity; 0.1 / Infinity = 0
  }

  @Test
  void constructor_nanLearningRate_namesParameterAndValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new FixedRate(Double.NaN));

    assertMentions(e, "learning rate NaN must be finite and > 0");
  }

  @Test
  void constructor_infiniteGamma_namesParameterAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ExponentialDecay(0.1, Double.POSITIVE_INFINITY));

    assertMentions(e, "gamma Infinity must be finite and > 0");
  }

  @Test
  void constructor_emptyMilestones_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MultiStepDecay(0.1, 0.1, List.of()));

    assertMentions(e, "milestones [] must hold at least one step");
  }

  @Test
  void milestones_givenMutableList_isCopied() {
    List<Long> given = new ArrayList<>(List.of(10L, 20L));
    MultiStepDecay multistep = new MultiStepDecay(0.1, 0.5, given);

    given.set(0, 15L);

    assertEquals(List.of(10L, 20L), multistep.milestones());
  }
}
