package org.nonlin.gradcheck;

/**
 * The check of one parameter θi.
 *
 * @param group the name of its group, e.g. {@code W2}
 * @param index its row-major position in the group, {@code row·cols + col}
 * @param row its row in the group's matrix
 * @param col its column in the group's matrix
 * @param real the backprop gradient {@code dθ_real}
 * @param approx the central difference {@code dθ_approx = (J(θi + h) − J(θi − h)) / 2h}
 */
public record ParameterResult(
    String group, int index, int row, int col, double real, double approx) {

  /** {@code |real − approx|}, this parameter's share of the numerator of diff. */
  public double absoluteError() {
    return Math.abs(real - approx);
  }

  /**
   * The chapter's formula for this one parameter, {@code |real − approx| / (|real| + |approx|)}; 0
   * when both are 0, NaN when either is NaN or infinite. Unreliable for gradients near the rounding
   * noise of the difference quotient (about {@code 1e-16·|J| / h}), which is why reports rank
   * parameters by {@link #absoluteError} instead.
   */
  public double relativeError() {
    double scale = Math.abs(real) + Math.abs(approx);
    return scale == 0 ? 0 : Math.abs(real - approx) / scale;
  }
}
