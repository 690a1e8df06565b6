package org.nonlin.tensor;

import java.util.Arrays;

/** Thrown when the shapes given to a matrix operation do not fit; names both shapes. */
public final class ShapeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * @param operation what was attempted, e.g. "X·W"
   * @param left the shape of the left operand, {rows, cols}
   * @param right the shape of the right operand, {rows, cols}
   */
  public ShapeException(String operation, int[] left, int[] right) {
    super(
        "shapes do not fit for "
            + operation
            + ": "
            + Arrays.toString(left)
            + " and "
            + Arrays.toString(right));
  }
}
