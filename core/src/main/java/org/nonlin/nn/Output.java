package org.nonlin.nn;

import java.util.Locale;
import org.nonlin.tensor.Matrix;

/**
 * The function of the last layer, which turns scores Z into the network's answer A, each paired
 * with the loss that gives the fused output gradient {@code dZ = A − Y}.
 */
public enum Output {
  /** {@code A = σ(Z) = 1 / (1 + e^−Z)}: probability of class 1 in binary classification. */
  LOGISTIC("logistic", Loss.BINARY_CROSS_ENTROPY),
  /** {@code A[r, c] = e^{Z[r, c]} / Σ_j e^{Z[r, j]}}: class probabilities summing to 1 per row. */
  SOFTMAX("softmax", Loss.CROSS_ENTROPY),
  /** {@code A = Z}: real-valued outputs for regression. */
  IDENTITY("identity", Loss.MEAN_SQUARED_ERROR);

  private final String label;
  private final Loss loss;

  Output(String label, Loss loss) {
    this.label = label;
    this.loss = loss;
  }

  /** The name used in architecture specs. */
  public String label() {
    return label;
  }

  /** The loss whose gradient through this function is {@code dZ = A − Y}. */
  public Loss loss() {
    return loss;
  }

  /** Computes {@code A} from {@code Z}; modifies {@code a} only. */
  public void forward(Matrix z, Matrix a) {
    switch (this) {
      case LOGISTIC:
        Activations.SIGMOID.forward(z, a);
        break;
      case SOFTMAX:
        z.softmaxRows(a);
        break;
      default:
        a.copyFrom(z);
        break;
    }
  }

  /**
   * The output function named {@code text}: {@code logistic} ({@code sigmoid} as an output), {@code
   * softmax}, {@code identity} ({@code linear}).
   */
  public static Output parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "logistic":
      case "sigmoid":
        return LOGISTIC;
      case "softmax":
        return SOFTMAX;
      case "identity":
      case "linear":
        return IDENTITY;
      default:
        throw new IllegalArgumentException(
            "output function '" + text + "' is not known; expected logistic, softmax or identity");
    }
  }
}
