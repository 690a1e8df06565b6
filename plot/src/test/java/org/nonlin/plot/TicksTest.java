package org.nonlin.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TicksTest {

  @Test
  void niceStep_rawStepsAcrossTheThresholds_roundToOneTwoFiveOrTen() {
    // given: range / count = 1.4, 2.9, 6.9, 7.0, 0.031, 430

    // when
    double[] steps = {
      Ticks.niceStep(14, 10),
      Ticks.niceStep(29, 10),
      Ticks.niceStep(69, 10),
      Ticks.niceStep(70, 10),
      Ticks.niceStep(0.31, 10),
      Ticks.niceStep(4300, 10)
    };

    // then: 1.4 < 1.5 -> 1; 2.9 < 3 -> 2; 6.9 < 7 -> 5; 7.0 -> 10;
    // 0.031 = 3.1 * 0.01 -> 5 * 0.01; 430 = 4.3 * 100 -> 5 * 100
    assertArrayEquals(new double[] {1, 2, 5, 10, 0.05, 500}, steps);
  }

  @Test
  void linear_unitInterval_stepsOfOneFifth() {
    // given: [0, 1] in about 5 intervals: raw step 0.2 = 2 * 0.1 -> 0.2

    // when
    Ticks ticks = Ticks.linear(0, 1, 5);

    // then: exact decimals, not 3 * 0.2 = 0.6000000000000001
    assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, ticks.values());
    assertArrayEquals(new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}, ticks.labels());
  }

  @Test
  void linear_rangeNotOnStep_onlyMultiplesInside() {
    // given: [-3.7, 12.2], raw step 15.9 / 5 = 3.18 -> 5; multiples of 5 inside: 0, 5, 10

    // when
    Ticks ticks = Ticks.linear(-3.7, 12.2, 5);

    // then
    assertArrayEquals(new double[] {0, 5, 10}, ticks.values());
    assertArrayEquals(new String[] {"0", "5", "10"}, ticks.labels());
  }

  @Test
  void linear_epochs_integerLabels() {
    // given: epochs [1, 50] in about 8 intervals: raw step 49 / 8 = 6.125 -> 5

    // when
    Ticks ticks = Ticks.linear(1, 50, 8);

    // then: 5, 10, ..., 50 (1 is not a multiple of 5)
    assertArrayEquals(new double[] {5, 10, 15, 20, 25, 30, 35, 40, 45, 50}, ticks.values());
    assertEquals("50", ticks.labels()[9]);
  }

  @Test
  void linear_symmetricSmallRange_noNegativeZero() {
    // given: [-0.05, 0.05] in about 4 intervals: raw step 0.025 = 2.5 * 0.01 -> 2 * 0.01

    // when
    Ticks ticks = Ticks.linear(-0.05, 0.05, 4);

    // then
    assertArrayEquals(new String[] {"-0.04", "-0.02", "0.00", "0.02", "0.04"}, ticks.labels());
    assertEquals(0x0L, Double.doubleToRawLongBits(ticks.values()[2])); // +0.0, not -0.0
  }

  @Test
  void linear_millions_mantissaAndPowerLabels() {
    // given: [0, 5e6] in about 5 intervals: raw step 1e6 -> 1e6

    // when
    Ticks ticks = Ticks.linear(0, 5e6, 5);

    // then
    assertArrayEquals(new String[] {"0", "1e6", "2e6", "3e6", "4e6", "5e6"}, ticks.labels());
    assertEquals(3e6, ticks.values()[3]);
  }

  @Test
  void linear_tinySteps_mantissaAndPowerLabels() {
    // given: [0, 3e-5] in about 2 intervals: raw step 1.5e-5 -> 2e-5 (1.5 is not below 1.5)

    // when
    Ticks ticks = Ticks.linear(0, 3e-5, 2);

    // then
    assertArrayEquals(new String[] {"0", "2e-5"}, ticks.labels());
    assertArrayEquals(new double[] {0, 2e-5}, ticks.values());
  }

  @Test
  void log10_sixDecades_everyPowerOfTen() {
    // given: learning rates [1e-5, 10]: powers -5 ... 1, 7 ticks, 6 intervals <= 8

    // when
    Ticks ticks = Ticks.log10(1e-5, 10, 8);

    // then
    assertArrayEquals(new double[] {1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10}, ticks.values());
    assertArrayEquals(
        new String[] {"10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹"}, ticks.labels());
  }

  @Test
  void log10_fewIntervalsWanted_everySecondPower() {
    // given: 6 decade intervals but about 3 wanted: every ceil(6 / 3) = 2nd power

    // when
    Ticks ticks = Ticks.log10(1e-5, 10, 3);

    // then
    assertArrayEquals(new double[] {1e-5, 1e-3, 1e-1, 10}, ticks.values());
  }

  @Test
  void log10_lessThanTwoPowers_oneTwoFiveTicks() {
    // given: [0.002, 0.05] holds the single power 0.01

    // when
    Ticks ticks = Ticks.log10(0.002, 0.05, 5);

    // then: 2, 5 times 0.001 and 1, 2, 5 times 0.01
    assertArrayEquals(new double[] {0.002, 0.005, 0.01, 0.02, 0.05}, ticks.values());
    assertArrayEquals(new String[] {"0.002", "0.005", "0.01", "0.02", "0.05"}, ticks.labels());
  }

  @Test
  void log10_nonPositiveStart_throws() {
    // given
    double lo = 0;

    // when / then
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ticks.log10(lo, 1, 5));
    assertEquals("log axis start 0.0 must be > 0", e.getMessage());
  }

  @Test
  void linear_emptyRange_throws() {
    // given
    double lo = 2;

    // when / then
    assertThrows(IllegalArgumentException.class, () -> Ticks.linear(lo, lo, 5));
  }
}
