package org.nonlin.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a dense network: input width, hidden layers (width and activation), output width,
 * output function and loss.
 *
 * <p>Its compact text form is {@code IN-H1act-H2act-...-OUToutput[:loss]}, for example {@code
 * 2-2sigmoid-1logistic} (the chapter's XOR net), {@code 2-3sigmoid-3softmax} (coin hole) or {@code
 * 784-64sigmoid-16tanh-10softmax} (MNIST). Activations may be abbreviated ({@code s}, {@code t},
 * {@code r}, {@code l}, {@code i}; see {@link Activations#parse}); {@link #toString} prints the
 * canonical form with full names, which parses back to an equal architecture and prints the same.
 * The loss suffix is optional and must be the output's own ({@code bce}, {@code ce} or {@code
 * mse}).
 *
 * @param inputs number of input features, at least 1
 * @param hidden hidden layers in order; may be empty (a single-layer model)
 * @param outputs number of output units: 1 for logistic binary, the class count for softmax
 * @param output the output function
 * @param loss the loss; must fit {@code output}
 */
public record Architecture(
    int inputs, List<LayerSpec> hidden, int outputs, Output output, Loss loss) {

  private static final Pattern LAYER = Pattern.compile("(\\d+)([a-zA-Z].*)");

  /** One hidden layer: {@code units} neurons followed by {@code activation}. */
  public record LayerSpec(int units, Activation activation) {
    /** Validates the width. */
    public LayerSpec {
      if (units < 1) {
        throw new IllegalArgumentException("layer width " + units + " must be >= 1");
      }
    }

    @Override
    public String toString() {
      return units + activation.name();
    }
  }

  /** Validates widths and the output/loss pairing, and copies the layer list. */
  public Architecture {
    if (inputs < 1) {
      throw new IllegalArgumentException("input width " + inputs + " must be >= 1");
    }
    if (outputs < 1) {
      throw new IllegalArgumentException("output width " + outputs + " must be >= 1");
    }
    if (output == Output.SOFTMAX && outputs < 2) {
      throw new IllegalArgumentException(
          "softmax output needs >= 2 units, got " + outputs + "; use 1logistic for two classes");
    }
    if (!loss.fits(output)) {
      throw new IllegalArgumentException(
          "loss "
              + loss.label()
              + " does not fit output "
              + output.label()
              + "; use "
              + output.loss().label());
    }
    hidden = List.copyOf(hidden);
  }

  /** An architecture with the output's own loss. */
  public static Architecture of(int inputs, List<LayerSpec> hidden, int outputs, Output output) {
    return new Architecture(inputs, hidden, outputs, output, output.loss());
  }

  /**
   * Parses the compact text form described on this class.
   *
   * @throws IllegalArgumentException naming the offending part and the expected form
   */
  public static Architecture parse(String spec) {
    String text = spec.trim();
    Loss loss = null;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      loss = Loss.parse(text.substring(colon + 1));
      text = text.substring(0, colon);
    }
    String[] parts = text.split("-");
    if (parts.length < 2) {
      throw new IllegalArgumentException(
          "architecture '"
              + spec
              + "' needs an input width and at least an output layer, e.g. 2-2sigmoid-1logistic");
    }
    int inputs = parseWidth(parts[0], spec);
    List<LayerSpec> hidden = new ArrayList<>();
    for (int i = 1; i < parts.length - 1; i++) {
      Matcher m = layer(parts[i], spec);
      hidden.add(new LayerSpec(parseWidth(m.group(1), spec), Activations.parse(m.group(2))));
    }
    Matcher last = layer(parts[parts.length - 1], spec);
    Output output = Output.parse(last.group(2));
    int outputs = parseWidth(last.group(1), spec);
    return new Architecture(inputs, hidden, outputs, output, loss == null ? output.loss() : loss);
  }

  private static Matcher layer(String part, String spec) {
    Matcher m = LAYER.matcher(part.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "layer '"
              + part
              + "' in architecture '"
              + spec
              + "' must be a width followed by an activation, e.g. 64sigmoid");
    }
    return m;
  }

  private static int parseWidth(String text, String spec) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "width '" + text + "' in architecture '" + spec + "' is not a whole number");
    }
  }

  /** Number of dense layers (hidden plus output). */
  public int depth() {
    return hidden.size() + 1;
  }

  /** Input width of dense layer {@code l} (0-based). */
  public int fanIn(int l) {
    return l == 0 ? inputs : hidden.get(l - 1).units();
  }

  /** Output width of dense layer {@code l} (0-based). */
  public int fanOut(int l) {
    return l == hidden.size() ? outputs : hidden.get(l).units();
  }

  /** Total number of weights and biases. */
  public long parameterCount() {
    long n = 0;
    for (int l = 0; l < depth(); l++) {
      n += (long) (fanIn(l) + 1) * fanOut(l);
    }
    return n;
  }

  /** The canonical compact form, e.g. {@code 784-64sigmoid-16tanh-10softmax}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(inputs);
    for (LayerSpec layer : hidden) {
      sb.append('-').append(layer);
    }
    sb.append('-').append(outputs).append(output.label());
    if (loss != output.loss()) {
      sb.append(':').append(loss.label());
    }
    return sb.toString();
  }
}
