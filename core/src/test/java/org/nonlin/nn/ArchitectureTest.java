package org.nonlin.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The compact text form of architectures: canonical round trips, aliases and errors. */
class ArchitectureTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "784-64sigmoid-16tanh-10softmax",
        "2-2sigmoid-1logistic",
        "1-4sigmoid-1identity",
        "2-3sigmoid-3softmax",
        "3-1logistic",
        "5-8relu-8leakyrelu-4identity",
        "2-4leakyrelu(0.2)-2softmax",
        "2-4leakyrelu(0.0001)-1logistic"
      })
  void parse_canonicalForm_printsTheSame(String spec) {
    Architecture arch = Architecture.parse(spec);

    String printed = arch.toString();

    assertEquals(spec, printed);
    assertEquals(arch, Architecture.parse(printed));
  }

  @ParameterizedTest
  @CsvSource({
    "2-3s-3softmax, 2-3sigmoid-3softmax",
    "2-3S-3SoftMax, 2-3sigmoid-3softmax",
    "' 4-5t-6r-7l-8i-2softmax ', 4-5tanh-6relu-7leakyrelu-8identity-2softmax",
    "2-2sigmoid-1sigmoid, 2-2sigmoid-1logistic",
    "1-4s-1linear, 1-4sigmoid-1identity",
    "2-2s-1logistic:bce, 2-2sigmoid-1logistic",
    "2-3s-3softmax:ce, 2-3sigmoid-3softmax",
    "2-4leakyrelu(0.01)-1logistic, 2-4leakyrelu-1logistic",
    "2-4leakyrelu(0)-1logistic, 2-4relu-1logistic"
  })
  void parse_aliases_printCanonicalForm(String spec, String canonical) {
    Architecture arch = Architecture.parse(spec);

    assertEquals(canonical, arch.toString());
  }

  @Test
  void architecture_builtInCode_equalsParsedForm() {
    Architecture built =
        Architecture.of(
            2, List.of(new Architecture.LayerSpec(3, Activations.SIGMOID)), 3, Output.SOFTMAX);

    assertEquals(Architecture.parse("2-3s-3softmax"), built);
  }

  @Test
  void toString_smallLeakyReluSlope_parsesBack() {
    // Double.toString(1e-4) is "1.0E-4", whose minus sign the parser would take for a layer break
    Architecture arch =
        Architecture.of(
            2,
            List.of(new Architecture.LayerSpec(4, Activations.leakyRelu(1e-4))),
            1,
            Output.LOGISTIC);

    Architecture parsed = Architecture.parse(arch.toString());

    assertEquals(arch, parsed);
  }

  @Test
  void parameterCount_mnistNet_countsWeightsAndBiases() {
    Architecture arch = Architecture.parse("784-64sigmoid-16tanh-10softmax");

    long count = arch.parameterCount();

    // (784 + 1)·64 + (64 + 1)·16 + (16 + 1)·10 = 50240 + 1040 + 170
    assertEquals(51450, count);
  }

  @Test
  void fanInAndFanOut_xorNet_followTheLayers() {
    Architecture arch = Architecture.parse("2-3s-1logistic");

    assertEquals(2, arch.depth());
    assertEquals(2, arch.fanIn(0));
    assertEquals(3, arch.fanOut(0));
    assertEquals(3, arch.fanIn(1));
    assertEquals(1, arch.fanOut(1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2-0sigmoid-1logistic | layer width 0 must be >= 1",
        "0-2sigmoid-1logistic | input width 0 must be >= 1",
        "2-2sigmoid-0logistic | output width 0 must be >= 1",
        "2-3s-3softmax:mse | loss mse does not fit output softmax; use ce",
        "2-3s-1logistic:ce | loss ce does not fit output logistic; use bce",
        "2-3s-1softmax | softmax output needs >= 2 units, got 1; use 1logistic for two classes",
        "2-3swish-1logistic | activation 'swish' is not known; expected sigmoid (s), tanh (t),"
            + " relu (r), leakyrelu (l) or leakyrelu(slope), identity (i)",
        "2-1logistic:hinge | loss 'hinge' is not known; expected bce, ce or mse",
        "2 | architecture '2' needs an input width and at least an output layer,"
            + " e.g. 2-2sigmoid-1logistic",
        "2-sigmoid-1logistic | layer 'sigmoid' in architecture '2-sigmoid-1logistic' must be a"
            + " width followed by an activation, e.g. 64sigmoid",
        "x-2s-1logistic | width 'x' in architecture 'x-2s-1logistic' is not a whole number"
      })
  void parse_invalidSpec_namesTheProblemAndWhatIsAllowed(String spec, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Architecture.parse(spec));

    assertEquals(message, e.getMessage());
  }

  @Test
  void layerSpec_zeroWidth_isRefusedWhenBuilt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Architecture.LayerSpec(0, Activations.TANH));

    assertEquals("layer width 0 must be >= 1", e.getMessage());
  }
}
