package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class EvaluationOptionsTest {

  @Test
  void of_names_usesDefaults() {
    // given / when
    EvaluationOptions options = EvaluationOptions.of(List.of("cat", "dog"));

    // then
    assertEquals(EvaluationOptions.DEFAULT_THRESHOLD, options.threshold());
    assertEquals(RocMethod.EXACT, options.rocMethod());
    assertTrue(options.priors().isEmpty());
    assertEquals(1, options.width());
  }

  @Test
  void withPriors_counts_areNormalised() {
    // given
    EvaluationOptions options = EvaluationOptions.forClasses(3);

    // when
    EvaluationOptions withPriors = options.withPriors(2, 6, 2);

    // then: 2 / 10, 6 / 10, 2 / 10
    assertEquals(0.2, withPriors.priors().get(0), Tolerances.EXACT);
    assertEquals(0.6, withPriors.priors().get(1), Tolerances.EXACT);
    assertEquals(3, withPriors.width());
  }

  @Test
  void withThreshold_outsideUnitInterval_throwsNamingValue() {
    EvaluationOptions options = EvaluationOptions.forClasses(2);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> options.withThreshold(1.5));

    assertEquals("threshold 1.5 must be in [0, 1]", e.getMessage());
  }

  @Test
  void withThreshold_nan_throws() {
    EvaluationOptions options = EvaluationOptions.forClasses(2);

    assertThrows(IllegalArgumentException.class, () -> options.withThreshold(Double.NaN));
  }

  @Test
  void withPriors_wrongCount_throwsNamingBoth() {
    EvaluationOptions options = EvaluationOptions.forClasses(3);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> options.withPriors(1, 2));

    assertEquals("2 priors [1.0, 2.0] given for 3 classes", e.getMessage());
  }

  @Test
  void withPriors_negative_throwsNamingValue() {
    EvaluationOptions options = EvaluationOptions.forClasses(2);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> options.withPriors(1, -1));

    assertTrue(e.getMessage().startsWith("prior -1.0"), e.getMessage());
  }

  @Test
  void of_oneClass_throwsNamingClasses() {
    List<String> names = List.of("only");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EvaluationOptions.of(names));

    assertEquals("class names [only] must name at least 2 classes", e.getMessage());
  }
}
