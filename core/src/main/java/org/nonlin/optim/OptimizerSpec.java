package org.nonlin.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nonlin.io.Decimals;
import org.nonlin.tensor.Matrix;

/**
 * Which update rule to use and its constants, with a compact text form: {@code sgd}, {@code
 * momentum(0.9)}, {@code nesterov(0.9)}, {@code adam} or {@code adam(0.9,0.999,1e-8)}. {@link
 * #toString} prints the full form, which parses back to an equal spec.
 *
 * @param kind the rule
 * @param momentum μ for momentum and Nesterov, in [0, 1)
 * @param beta1 Adam's first-moment decay, in [0, 1)
 * @param beta2 Adam's second-moment decay, in [0, 1)
 * @param epsilon Adam's denominator guard, > 0
 */
public record OptimizerSpec(
    Kind kind, double momentum, double beta1, double beta2, double epsilon) {

  /** Default momentum μ. */
  public static final double DEFAULT_MOMENTUM = 0.9;

  /** Adam's defaults from the paper: β1 = 0.9, β2 = 0.999, ε = 1e-8. */
  public static final double DEFAULT_BETA1 = 0.9;

  /** See {@link #DEFAULT_BETA1}. */
  public static final double DEFAULT_BETA2 = 0.999;

  /** See {@link #DEFAULT_BETA1}. */
  public static final double DEFAULT_EPSILON = 1e-8;

  /** The update rules. */
  public enum Kind {
    /** Plain gradient descent. */
    SGD,
    /** Classical momentum. */
    MOMENTUM,
    /** Nesterov momentum. */
    NESTEROV,
    /** Adam. */
    ADAM
  }

  /** Validates the constants. */
  public OptimizerSpec {
    requireUnit("momentum", momentum);
    requireUnit("beta1", beta1);
    requireUnit("beta2", beta2);
    if (!(epsilon > 0)) {
      throw new IllegalArgumentException("epsilon " + epsilon + " must be > 0");
    }
  }

  private static void requireUnit(String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException(name + " " + value + " must be in [0, 1)");
    }
  }

  /** Plain SGD. */
  public static OptimizerSpec sgd() {
    return new OptimizerSpec(Kind.SGD, 0, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
  }

  /** Classical momentum with μ. */
  public static OptimizerSpec momentum(double mu) {
    return new OptimizerSpec(Kind.MOMENTUM, mu, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
  }

  /** Nesterov momentum with μ. */
  public static OptimizerSpec nesterov(double mu) {
    return new OptimizerSpec(Kind.NESTEROV, mu, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
  }

  /** Adam with the given constants. */
  public static OptimizerSpec adam(double beta1, double beta2, double epsilon) {
    return new OptimizerSpec(Kind.ADAM, 0, beta1, beta2, epsilon);
  }

  /** A fresh optimiser (zero state) for parameters shaped like {@code params}. */
  public Optimizer create(List<Matrix> params) {
    switch (kind) {
      case SGD:
        return new Sgd();
      case MOMENTUM:
      case NESTEROV:
        return new Momentum(this, zerosLike(params));
      default:
        return new Adam(this, zerosLike(params), zerosLike(params), 0);
    }
  }

  /**
   * Parses the text form on this class.
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static OptimizerSpec parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    String name = t.contains("(") ? t.substring(0, t.indexOf('(')) : t;
    double[] args = arguments(t, text);
    try {
      switch (name) {
        case "sgd":
          requireArgs(args, 0, text);
          return sgd();
        case "momentum":
          return momentum(args.length == 0 ? DEFAULT_MOMENTUM : single(args, text));
        case "nesterov":
          return nesterov(args.length == 0 ? DEFAULT_MOMENTUM : single(args, text));
        case "adam":
          if (args.length == 0) {
            return adam(DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
          }
          requireArgs(args, 3, text);
          return adam(args[0], args[1], args[2]);
        default:
          break;
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("optimiser '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "optimiser '"
            + text
            + "' is not known; expected sgd, momentum(0.9), nesterov(0.9) or adam(0.9,0.999,1e-8)");
  }

  private static double[] arguments(String t, String original) {
    int open = t.indexOf('(');
    if (open < 0) {
      return new double[0];
    }
    if (!t.endsWith(")")) {
      throw new IllegalArgumentException("optimiser '" + original + "' lacks a closing ')'");
    }
    String[] parts = t.substring(open + 1, t.length() - 1).split(",");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        values[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "argument '" + parts[i].trim() + "' of optimiser '" + original + "' is not a number");
      }
    }
    return values;
  }

  private static double single(double[] args, String text) {
    requireArgs(args, 1, text);
    return args[0];
  }

  private static void requireArgs(double[] args, int count, String text) {
    if (args.length != count) {
      throw new IllegalArgumentException(
          "takes " + count + " argument(s), got " + args.length + " in '" + text + "'");
    }
  }

  static List<Matrix> copyAll(List<Matrix> matrices) {
    List<Matrix> copies = new ArrayList<>(matrices.size());
    for (Matrix m : matrices) {
      copies.add(m.copy());
    }
    return copies;
  }

  private static List<Matrix> zerosLike(List<Matrix> params) {
    List<Matrix> zeros = new ArrayList<>(params.size());
    for (Matrix p : params) {
      zeros.add(Matrix.zeros(p.precision(), p.rows(), p.cols()));
    }
    return zeros;
  }

  @Override
  public String toString() {
    switch (kind) {
      case SGD:
        return "sgd";
      case MOMENTUM:
        return "momentum(" + Decimals.format(momentum) + ")";
      case NESTEROV:
        return "nesterov(" + Decimals.format(momentum) + ")";
      default:
        return "adam("
            + Decimals.format(beta1)
            + ","
            + Decimals.format(beta2)
            + ","
            + Decimals.format(epsilon)
            + ")";
    }
  }
}
