package org.nonlin.plot;

/**
 * A rectangle on a canvas, in pixels, with the origin at the top left and y growing downwards.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, at least 0
 * @param height height, at least 0
 */
public record Box(double x, double y, double width, double height) {

  /**
   * Checks the rectangle.
   *
   * @throws IllegalArgumentException if a coordinate is not finite or a side is negative
   */
  public Box {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("box corner (" + x + ", " + y + ") must be finite");
    }
    if (!(width >= 0) || !(height >= 0) || Double.isInfinite(width + height)) {
      throw new IllegalArgumentException(
          "box size " + width + " x " + height + " must be finite and at least 0");
    }
  }

  /** The right edge, {@code x + width}. */
  public double right() {
    return x + width;
  }

  /** The bottom edge, {@code y + height}. */
  public double bottom() {
    return y + height;
  }

  /** The horizontal centre, {@code x + width / 2}. */
  public double centerX() {
    return x + width / 2;
  }

  /** The vertical centre, {@code y + height / 2}. */
  public double centerY() {
    return y + height / 2;
  }

  /** Whether the point lies inside the rectangle, edges included. */
  public boolean contains(double px, double py) {
    return px >= x && px <= right() && py >= y && py <= bottom();
  }

  /**
   * The box between the given edges, with negative sizes raised to 0.
   *
   * @param left left edge
   * @param top top edge
   * @param right right edge
   * @param bottom bottom edge
   */
  static Box between(double left, double top, double right, double bottom) {
    return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  }

  /**
   * The largest box of the given width-to-height ratio that fits in this one, centred in it.
   *
   * @param aspect width divided by height, greater than 0
   */
  Box fit(double aspect) {
    double w = Math.min(width, height * aspect);
    double h = w / aspect;
    return new Box(x + (width - w) / 2, y + (height - h) / 2, w, h);
  }
}
