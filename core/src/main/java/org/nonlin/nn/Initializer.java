package org.nonlin.nn;

import java.util.Locale;
import java.util.random.RandomGenerator;
import org.nonlin.tensor.Matrix;

/**
 * How the weights W of a dense layer with {@code in} inputs and {@code out} outputs start. Biases
 * always start at zero. All draws come from the generator passed in, so a seed fixes them.
 */
public enum Initializer {
  /** All weights 0: every unit of a layer then learns the same thing; for demonstrations only. */
  ZERO,
  /** Standard normal N(0, 1), as the course's "normal" method. */
  NORMAL,
  /**
   * Xavier/Glorot uniform U(−r, r) with {@code r = √(6 / (in + out))} (Glorot and Bengio, 2010).
   */
  XAVIER,
  /** He normal N(0, 2 / in), for ReLU layers (He et al., 2015). */
  HE;

  /** Fills {@code w} (shape in x out) with this method's draws; modifies {@code w}. */
  public void fill(Matrix w, RandomGenerator random) {
    int in = w.rows();
    int out = w.cols();
    double limit = Math.sqrt(6.0 / (in + out));
    double heStd = Math.sqrt(2.0 / in);
    for (int r = 0; r < in; r++) {
      for (int c = 0; c < out; c++) {
        double v;
        switch (this) {
          case ZERO:
            v = 0;
            break;
          case NORMAL:
            v = random.nextGaussian();
            break;
          case XAVIER:
            v = (2 * random.nextDouble() - 1) * limit;
            break;
          default:
            v = random.nextGaussian() * heStd;
            break;
        }
        w.set(r, c, v);
      }
    }
  }

  /** The lower-case name used on the command line and in model files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code zero}, {@code normal}, {@code xavier} (or {@code glorot}) or {@code he}. */
  public static Initializer parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("glorot")) {
      return XAVIER;
    }
    for (Initializer init : values()) {
      if (init.label().equals(t)) {
        return init;
      }
    }
    throw new IllegalArgumentException(
        "initialiser '" + text + "' is not known; expected zero, normal, xavier or he");
  }
}
