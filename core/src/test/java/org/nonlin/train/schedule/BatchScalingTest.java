package org.nonlin.train.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nonlin.train.schedule.Messages.assertMentions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nonlin.testing.Tolerances;

class BatchScalingTest {

  @Test
  void scale_linearFrom128To256_doublesTheRate() {
    BatchScaling linear = new BatchScaling(BatchScaling.Rule.LINEAR);

    double rate = linear.scale(0.1, 128, 256);

    assertEquals(0.2, rate, Tolerances.EXACT); // 0.1 * 256 / 128
  }

  @Test
  void scale_sqrtFrom64To256_doublesTheRate() {
    BatchScaling sqrt = new BatchScaling(BatchScaling.Rule.SQRT);

    double rate = sqrt.scale(0.1, 64, 256);

    assertEquals(0.2, rate, Tolerances.EXACT); // 0.1 * sqrt(256 / 64) = 0.1 * sqrt(4)
  }

  @Test
  void scale_linearToSmallerBatch_lowersTheRate() {
    BatchScaling linear = new BatchScaling(BatchScaling.Rule.LINEAR);

    double rate = linear.scale(0.1, 128, 32);

    assertEquals(0.025, rate, Tolerances.EXACT); // 0.1 * 32 / 128
  }

  @Test
  void scale_none_keepsTheRate() {
    double rate = BatchScaling.NONE.scale(0.1, 64, 4096);

    assertEquals(0.1, rate);
  }

  @Test
  void scale_linearWithCap_stopsAtTheCap() {
    BatchScaling capped = new BatchScaling(BatchScaling.Rule.LINEAR, 0.5);

    double below = capped.scale(0.1, 128, 512);
    double above = capped.scale(0.1, 128, 1024);

    assertEquals(0.4, below, Tolerances.EXACT); // 0.1 * 4 < 0.5
    assertEquals(0.5, above, Tolerances.EXACT); // min(0.5, 0.1 * 8)
  }

  @Test
  void apply_fixedSchedule_givesTheRateOfScale() {
    BatchScaling capped = new BatchScaling(BatchScaling.Rule.SQRT, 0.3);

    LearningRateSchedule applied = capped.apply(new FixedRate(0.1), 64, 1024);

    // sqrt(1024 / 64) = 4: min(0.3, 0.1 * 4) both ways
    assertEquals(capped.scale(0.1, 64, 1024), applied.rate(7), Tolerances.EXACT);
    assertEquals("cap(0.3,scale(4,fixed(0.1)))", applied.spec());
  }

  @Test
  void apply_withWarmup_scalesTheRampToo() {
    BatchScaling linear = BatchScaling.parse("linear");
    LearningRateSchedule warm = Schedules.parse("warmup(4,fixed(0.1))");

    LearningRateSchedule applied = linear.apply(warm, 128, 256);

    assertEquals(0.05, applied.rate(0), Tolerances.EXACT); // 2 * 0.1 * 1 / 4
    assertEquals(0.2, applied.rate(4), Tolerances.EXACT); // 2 * 0.1
  }

  @Test
  void apply_unitFactorWithoutCap_returnsTheSameSchedule() {
    LearningRateSchedule step = new StepDecay(0.1, 0.9, 50);

    LearningRateSchedule applied = new BatchScaling(BatchScaling.Rule.LINEAR).apply(step, 64, 64);

    assertSame(step, applied);
  }

  @Test
  void apply_perEpochSchedule_keepsTheUnit() {
    LearningRateSchedule perEpoch = Schedules.parse("step(0.1,0.5,10)@epoch");

    LearningRateSchedule applied = BatchScaling.parse("linear").apply(perEpoch, 32, 64);

    assertEquals(ScheduleUnit.EPOCH, applied.unit());
    assertEquals("scale(2,step(0.1,0.5,10))@epoch", applied.spec());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "linear", "sqrt", "linear:cap=1", "sqrt:cap=0.05"})
  void parse_canonicalText_printsBackIdentically(String text) {
    BatchScaling scaling = BatchScaling.parse(text);

    assertEquals(text, scaling.spec());
  }

  @Test
  void parse_capWithTrailingZero_printsCanonicalCap() {
    BatchScaling scaling = BatchScaling.parse(" linear:cap=1.0 ");

    assertEquals("linear:cap=1", scaling.spec());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lin             | unknown batch-scaling rule 'lin'",
        "linear:max=1    | unknown option ':max=1'",
        "linear:cap=0    | cap 0 must be > 0",
        "sqrt:cap=abc    | cap 'abc' must be a decimal number"
      })
  void parse_badText_namesTextProblemAndForms(String text, String problem) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BatchScaling.parse(text));

    assertMentions(e, problem, "'" + text + "'", "none, linear or sqrt");
  }

  @Test
  void factor_zeroBaseBatch_namesTheParameter() {
    BatchScaling linear = new BatchScaling(BatchScaling.Rule.LINEAR);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> linear.factor(0, 256));

    assertMentions(e, "base batch size 0 must be >= 1");
  }
}
