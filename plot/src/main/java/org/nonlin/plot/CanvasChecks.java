package org.nonlin.plot;

/** Argument checks shared by both canvases, so that both reject the same calls. */
final class CanvasChecks {

  private CanvasChecks() {}

  /**
   * Checks a canvas size.
   *
   * @throws IllegalArgumentException if a side is below 1
   */
  static void size(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException(
          "canvas size " + width + " x " + height + " must be at least 1 x 1");
    }
  }

  /**
   * Checks a list of points.
   *
   * @throws IllegalArgumentException if the arrays differ in length, hold fewer than {@code
   *     minimum} points or a coordinate that is not finite
   */
  static void points(double[] xs, double[] ys, int minimum) {
    if (xs.length != ys.length) {
      throw new IllegalArgumentException(
          "point arrays differ in length: " + xs.length + " x values, " + ys.length + " y values");
    }
    if (xs.length < minimum) {
      throw new IllegalArgumentException(
          "shape has " + xs.length + " points, needs at least " + minimum);
    }
    for (int i = 0; i < xs.length; i++) {
      if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
        throw new IllegalArgumentException(
            "point " + i + " (" + xs[i] + ", " + ys[i] + ") must be finite");
      }
    }
  }

  /**
   * Checks a raster's shape.
   *
   * @throws IllegalArgumentException if a side is below 1 or the pixel count does not match
   */
  static void raster(int[] rgb, int columns, int rows) {
    if (columns < 1 || rows < 1 || (long) columns * rows != rgb.length) {
      throw new IllegalArgumentException(
          "raster of "
              + rgb.length
              + " pixels does not match "
              + columns
              + " columns x "
              + rows
              + " rows");
    }
  }
}
