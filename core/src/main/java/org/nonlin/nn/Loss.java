package org.nonlin.nn;

import org.nonlin.tensor.Matrix;

/**
 * A loss J over a batch of m samples, each paired with one {@link Output}. {@link #sum} returns
 * {@code Σ_r w_r·ℓ_r} (w_r = 1 unless row weights are given); callers divide by m for the mean J.
 * For every pair, {@code ∂ℓ_r/∂Z_r = w_r·(A_r − Y_r)}, the fused gradient the chapter uses.
 */
public enum Loss {
  /**
   * Binary cross-entropy {@code ℓ = −Σ_c [y ln a + (1 − y) ln(1 − a)]} with {@code a = σ(z)},
   * computed from z as {@code max(z, 0) − z·y + ln(1 + e^−|z|)} so that it stays finite when a
   * rounds to 0 or 1.
   */
  BINARY_CROSS_ENTROPY("bce"),
  /**
   * Multi-class cross-entropy {@code ℓ = −Σ_c y_c ln a_c} with a = softmax(z), computed from z as
   * {@code Σ_c y_c (lse(z) − z_c)}, {@code lse(z) = max + ln Σ_j e^{z_j − max}}.
   */
  CROSS_ENTROPY("ce"),
  /**
   * Squared error with the ½ convention, {@code ℓ = ½ Σ_c (a_c − y_c)²}, so that its gradient is
   * exactly {@code a − y}; the mean over samples is J = ℓ summed / m.
   */
  MEAN_SQUARED_ERROR("mse");

  private final String label;

  Loss(String label) {
    this.label = label;
  }

  /** The short name used in specs and files. */
  public String label() {
    return label;
  }

  /** True when this loss is the one {@code output} is paired with. */
  public boolean fits(Output output) {
    return output.loss() == this;
  }

  /**
   * {@code Σ_r w_r·ℓ_r} over the rows in use.
   *
   * @param z scores before the output function
   * @param a the output function's values
   * @param y targets: 0/1, one-hot rows or real values
   * @param rowWeights per-row weights, or null for all 1
   */
  public double sum(Matrix z, Matrix a, Matrix y, double[] rowWeights) {
    double total = 0;
    for (int r = 0; r < z.rows(); r++) {
      double w = rowWeights == null ? 1.0 : rowWeights[r];
      total += w * sample(z, a, y, r);
    }
    return total;
  }

  private double sample(Matrix z, Matrix a, Matrix y, int r) {
    int k = z.cols();
    double loss = 0;
    switch (this) {
      case BINARY_CROSS_ENTROPY:
        for (int c = 0; c < k; c++) {
          double zc = z.get(r, c);
          loss += Math.max(zc, 0) - zc * y.get(r, c) + Math.log1p(Math.exp(-Math.abs(zc)));
        }
        return loss;
      case CROSS_ENTROPY:
        double max = z.get(r, 0);
        for (int c = 1; c < k; c++) {
          max = Math.max(max, z.get(r, c));
        }
        double sumExp = 0;
        for (int c = 0; c < k; c++) {
          sumExp += Math.exp(z.get(r, c) - max);
        }
        double lse = max + Math.log(sumExp);
        for (int c = 0; c < k; c++) {
          loss += y.get(r, c) * (lse - z.get(r, c));
        }
        return loss;
      default:
        for (int c = 0; c < k; c++) {
          double d = a.get(r, c) - y.get(r, c);
          loss += 0.5 * d * d;
        }
        return loss;
    }
  }

  /**
   * The fused output gradient {@code dZ = w ⊙ (A − Y)} (not yet divided by m); modifies {@code dZ}.
   */
  public void gradient(Matrix a, Matrix y, double[] rowWeights, Matrix dZ) {
    dZ.copyFrom(a);
    dZ.axpy(-1.0, y);
    if (rowWeights != null) {
      for (int r = 0; r < dZ.rows(); r++) {
        for (int c = 0; c < dZ.cols(); c++) {
          dZ.set(r, c, dZ.get(r, c) * rowWeights[r]);
        }
      }
    }
  }

  /** The loss named by {@code text}: {@code bce}, {@code ce} or {@code mse}. */
  public static Loss parse(String text) {
    for (Loss loss : values()) {
      if (loss.label.equalsIgnoreCase(text.trim())) {
        return loss;
      }
    }
    throw new IllegalArgumentException("loss '" + text + "' is not known; expected bce, ce or mse");
  }
}
