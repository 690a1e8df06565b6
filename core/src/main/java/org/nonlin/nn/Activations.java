package org.nonlin.nn;

import java.math.BigDecimal;
import java.util.Locale;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.ShapeException;

/** The built-in hidden activations and the parser for their names. */
public final class Activations {

  /** Default slope of leaky ReLU for negative inputs. */
  public static final double DEFAULT_LEAK = 0.01;

  /** Logistic sigmoid {@code σ(z) = 1 / (1 + e^−z)}; {@code σ'(z) = a(1 − a)}. */
  public static final Activation SIGMOID =
      new Simple("sigmoid") {
        @Override
        public double value(double z) {
          return 1.0 / (1.0 + Math.exp(-z));
        }

        @Override
        public double derivative(double z, double a) {
          return a * (1.0 - a);
        }

        @Override
        public void forward(Matrix z, Matrix a) {
          z.sigmoid(a);
        }

        @Override
        public void backward(Matrix z, Matrix a, Matrix dA) {
          requireSameShape(z, dA);
          dA.multiplyBySigmoidDerivative(a);
        }
      };

  /**
   * Hyperbolic tangent {@code tanh(z) = (e^z − e^−z) / (e^z + e^−z)}; derivative {@code 1 − a²}.
   */
  public static final Activation TANH =
      new Simple("tanh") {
        @Override
        public double value(double z) {
          return Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
          return 1.0 - a * a;
        }

        @Override
        public void forward(Matrix z, Matrix a) {
          z.tanh(a);
        }

        @Override
        public void backward(Matrix z, Matrix a, Matrix dA) {
          requireSameShape(z, dA);
          dA.multiplyByTanhDerivative(a);
        }
      };

  /** Rectified linear unit {@code max(0, z)}; derivative 1 for z > 0, else 0 (also at z = 0). */
  public static final Activation RELU = new LeakyRelu(0.0);

  /** Identity {@code f(z) = z}; derivative 1. */
  public static final Activation IDENTITY =
      new Simple("identity") {
        @Override
        public double value(double z) {
          return z;
        }

        @Override
        public double derivative(double z, double a) {
          return 1.0;
        }
      };

  private Activations() {}

  /** The check the generic {@link Activation#backward} makes on Z, kept by the fast ones. */
  private static void requireSameShape(Matrix z, Matrix dA) {
    if (z.rows() != dA.rows() || z.cols() != dA.cols()) {
      throw new ShapeException("activation gradient", dA.shape(), z.shape());
    }
  }

  /**
   * Leaky ReLU {@code f(z) = z} for z > 0, {@code leak·z} otherwise; derivative 1 or {@code leak}.
   *
   * @param leak slope for negative inputs, in [0, 1)
   */
  public static Activation leakyRelu(double leak) {
    return new LeakyRelu(leak);
  }

  /**
   * The activation named by {@code text}: {@code sigmoid} ({@code s}), {@code tanh} ({@code t}),
   * {@code relu} ({@code r}), {@code leakyrelu} or {@code leakyrelu(0.2)} ({@code l}), {@code
   * identity} ({@code i}, {@code linear}).
   *
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static Activation parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.startsWith("leakyrelu(") && t.endsWith(")")) {
      String arg = t.substring("leakyrelu(".length(), t.length() - 1);
      try {
        return new LeakyRelu(Double.parseDouble(arg));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("leak '" + arg + "' in '" + text + "' is not a number");
      }
    }
    switch (t) {
      case "sigmoid":
      case "s":
        return SIGMOID;
      case "tanh":
      case "t":
        return TANH;
      case "relu":
      case "r":
        return RELU;
      case "leakyrelu":
      case "l":
        return new LeakyRelu(DEFAULT_LEAK);
      case "identity":
      case "linear":
      case "i":
        return IDENTITY;
      default:
        throw new IllegalArgumentException(
            "activation '"
                + text
                + "' is not known; expected sigmoid (s), tanh (t), relu (r), leakyrelu (l) or"
                + " leakyrelu(slope), identity (i)");
    }
  }

  private abstract static class Simple implements Activation {
    private final String name;

    Simple(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private record LeakyRelu(double leak) implements Activation {
    LeakyRelu {
      if (!(leak >= 0 && leak < 1)) {
        throw new IllegalArgumentException("leaky ReLU slope " + leak + " must be in [0, 1)");
      }
    }

    @Override
    public String name() {
      if (leak == 0) {
        return "relu";
      }
      if (leak == DEFAULT_LEAK) {
        return "leakyrelu";
      }
      // plain notation: "1.0E-4" would put a '-' into the dash-separated architecture form
      return "leakyrelu(" + BigDecimal.valueOf(leak).stripTrailingZeros().toPlainString() + ")";
    }

    @Override
    public double value(double z) {
      return z > 0 ? z : leak * z;
    }

    @Override
    public double derivative(double z, double a) {
      return z > 0 ? 1.0 : leak;
    }

    @Override
    public String toString() {
      return name();
    }
  }
}
