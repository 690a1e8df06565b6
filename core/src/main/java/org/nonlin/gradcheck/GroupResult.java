package org.nonlin.gradcheck;

/**
 * The check of one parameter group, a layer's W or B.
 *
 * @param name the parameter's name, e.g. {@code W2} or {@code B2}
 * @param rows rows of the parameter matrix
 * @param cols columns of the parameter matrix
 * @param diff {@code ‖dθ_real − dθ_approx‖₂ / (‖dθ_approx‖₂ + ‖dθ_real‖₂)} over the checked
 *     entries; 0 when both norms are 0; NaN when a gradient is NaN
 * @param verdict {@link Verdict#of} of {@code diff}
 * @param checked how many entries were checked, at least 1
 * @param total how many entries the group holds, {@code rows·cols}
 */
public record GroupResult(
    String name, int rows, int cols, double diff, Verdict verdict, int checked, int total) {

  /** Validates the counts. */
  public GroupResult {
    if (rows < 1 || cols < 1 || total != rows * cols) {
      throw new IllegalArgumentException(
          "group " + name + " of shape [" + rows + ", " + cols + "] cannot hold " + total);
    }
    if (checked < 1 || checked > total) {
      throw new IllegalArgumentException(
          "checked count " + checked + " of group " + name + " must be in [1, " + total + "]");
    }
  }
}
