package org.nonlin.plot;

import java.awt.Color;
import java.util.Objects;

/**
 * How a line is stroked.
 *
 * @param color colour of the line, alpha honoured
 * @param width width in pixels, greater than 0
 * @param dashed whether the line is dashed (dashes of 6 and gaps of 4 widths of a 1-pixel pen,
 *     scaled by the width when it is wider)
 */
public record Pen(Color color, double width, boolean dashed) {

  /**
   * Checks the pen.
   *
   * @throws IllegalArgumentException if the width is not finite and greater than 0
   */
  public Pen {
    Objects.requireNonNull(color, "color");
    if (!(width > 0) || Double.isInfinite(width)) {
      throw new IllegalArgumentException("pen width " + width + " must be finite and > 0");
    }
  }

  /** A solid pen. */
  public static Pen solid(Color color, double width) {
    return new Pen(color, width, false);
  }

  /** A dashed pen. */
  public static Pen dashed(Color color, double width) {
    return new Pen(color, width, true);
  }

  /** The dash pattern, on and off lengths in pixels; both canvases use it. */
  double[] dashPattern() {
    double scale = Math.max(1, width);
    return new double[] {6 * scale, 4 * scale};
  }
}
