package org.nonlin.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The optimiser's text form: round trips, defaults and errors. */
class OptimizerSpecTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sgd",
        "momentum(0.9)",
        "momentum(0.0)",
        "nesterov(0.5)",
        "adam(0.9,0.999,1.0E-8)",
        "adam(0.8,0.99,0.001)"
      })
  void parse_printedForm_printsTheSame(String text) {
    OptimizerSpec spec = OptimizerSpec.parse(text);

    String printed = spec.toString();

    assertEquals(text, printed);
    assertEquals(spec, OptimizerSpec.parse(printed));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "momentum | momentum(0.9)",
        "nesterov | nesterov(0.9)",
        "adam | adam(0.9,0.999,1.0E-8)",
        " Momentum( 0.8 ) | momentum(0.8)",
        "ADAM(0.9, 0.99, 1e-7) | adam(0.9,0.99,1.0E-7)"
      })
  void parse_shortOrLooseForm_givesCanonicalSpec(String text, String canonical) {
    OptimizerSpec spec = OptimizerSpec.parse(text);

    assertEquals(canonical, spec.toString());
  }

  @Test
  void parse_defaults_areTheNamedConstants() {
    OptimizerSpec adam = OptimizerSpec.parse("adam");

    assertEquals(
        OptimizerSpec.adam(
            OptimizerSpec.DEFAULT_BETA1,
            OptimizerSpec.DEFAULT_BETA2,
            OptimizerSpec.DEFAULT_EPSILON),
        adam);
    assertEquals(
        OptimizerSpec.momentum(OptimizerSpec.DEFAULT_MOMENTUM), OptimizerSpec.parse("momentum"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "rmsprop | optimiser 'rmsprop' is not known; expected sgd, momentum(0.9), nesterov(0.9)"
            + " or adam(0.9,0.999,1e-8)",
        "momentum(1.5) | optimiser 'momentum(1.5)': momentum 1.5 must be in [0, 1)",
        "nesterov(-0.1) | optimiser 'nesterov(-0.1)': momentum -0.1 must be in [0, 1)",
        "adam(1,0.999,1e-8) | optimiser 'adam(1,0.999,1e-8)': beta1 1.0 must be in [0, 1)",
        "adam(0.9,0.999,0) | optimiser 'adam(0.9,0.999,0)': epsilon 0.0 must be > 0",
        "adam(0.9,0.999) | optimiser 'adam(0.9,0.999)': takes 3 argument(s), got 2 in"
            + " 'adam(0.9,0.999)'",
        "sgd(0.1) | optimiser 'sgd(0.1)': takes 0 argument(s), got 1 in 'sgd(0.1)'",
        "momentum(fast) | argument 'fast' of optimiser 'momentum(fast)' is not a number",
        "momentum(0.9 | optimiser 'momentum(0.9' lacks a closing ')'"
      })
  void parse_invalidText_namesTextValueAndWhatIsAllowed(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.parse(text));

    assertEquals(message, e.getMessage());
  }

  @Test
  void constructor_betaTwoOfOne_isRefusedWhenBuilt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OptimizerSpec.adam(0.9, 1, 1e-8));

    assertEquals("beta2 1.0 must be in [0, 1)", e.getMessage());
  }
}
