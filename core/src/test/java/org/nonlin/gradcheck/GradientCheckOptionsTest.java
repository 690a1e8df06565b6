package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradientCheckOptionsTest {

  @Test
  void defaults_holdTheNamedConstants() {
    // given / when
    GradientCheckOptions options = GradientCheckOptions.defaults();

    // then
    assertEquals(GradientCheckOptions.DEFAULT_STEP, options.step());
    assertEquals(0.0, options.l2());
    assertEquals(GradientCheckOptions.DEFAULT_MAX_PER_GROUP, options.maxPerGroup());
    assertEquals(0, options.trainingSteps());
    assertEquals(GradientCheckOptions.DEFAULT_WORST_COUNT, options.worstCount());
  }

  @Test
  void build_zeroStep_throwsNamingTheValue() {
    // given
    GradientCheckOptions.Builder builder = GradientCheckOptions.builder().step(0);

    // when
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    // then
    assertTrue(e.getMessage().contains("step h 0.0"), e.getMessage());
  }

  @Test
  void build_negativeL2_throws() {
    // given
    GradientCheckOptions.Builder builder = GradientCheckOptions.builder().l2(-0.1);

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void build_zeroMaxPerGroup_throws() {
    // given
    GradientCheckOptions.Builder builder = GradientCheckOptions.builder().maxPerGroup(0);

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void build_negativeTrainingSteps_throws() {
    // given
    GradientCheckOptions.Builder builder = GradientCheckOptions.builder().training(-1, 0.1);

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void build_nanLearningRate_throws() {
    // given
    GradientCheckOptions.Builder builder = GradientCheckOptions.builder().training(1, Double.NaN);

    // when / then
    assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void toBuilder_anyOptions_buildsEqualOptions() {
    // given
    GradientCheckOptions options =
        GradientCheckOptions.builder().step(1e-4).l2(0.3).seed(7).build();

    // when
    GradientCheckOptions rebuilt = options.toBuilder().build();

    // then
    assertEquals(options, rebuilt);
  }
}
