package org.nonlin.plot;

import java.awt.Color;

/** Marker shapes for points, each drawn from the canvas's basic shapes. */
public enum Marker {
  /** A disc. */
  CIRCLE,
  /** A triangle pointing up. */
  TRIANGLE,
  /** A square. */
  SQUARE,
  /** A square standing on a corner. */
  DIAMOND,
  /** A triangle pointing down. */
  TRIANGLE_DOWN;

  /**
   * Draws the marker centred on {@code (x, y)}; every shape covers about the area of a disc of the
   * given diameter.
   *
   * @param canvas where to draw
   * @param x centre x
   * @param y centre y
   * @param size diameter in pixels
   * @param fill fill colour
   * @param edge outline pen, or null for none
   */
  public void draw(Canvas canvas, double x, double y, double size, Color fill, Pen edge) {
    double r = size / 2;
    switch (this) {
      case CIRCLE -> canvas.circle(x, y, r, fill, edge);
      case SQUARE -> {
        double h = 0.89 * r; // side 1.77 r: the area of a disc of radius r
        canvas.rect(new Box(x - h, y - h, 2 * h, 2 * h), fill, edge);
      }
      case DIAMOND -> {
        double h = 1.25 * r;
        canvas.polygon(
            new double[] {x, x + h, x, x - h}, new double[] {y - h, y, y + h, y}, fill, edge);
      }
      case TRIANGLE -> triangle(canvas, x, y, 1.35 * r, fill, edge);
      case TRIANGLE_DOWN -> triangle(canvas, x, y, -1.35 * r, fill, edge);
    }
  }

  /** An equilateral triangle around its centroid; a negative radius points it down. */
  private static void triangle(
      Canvas canvas, double x, double y, double radius, Color fill, Pen edge) {
    double half = 0.866 * radius; // sin 60 degrees
    canvas.polygon(
        new double[] {x, x + Math.abs(half), x - Math.abs(half)},
        new double[] {y - radius, y + radius / 2, y + radius / 2},
        fill,
        edge);
  }
}
