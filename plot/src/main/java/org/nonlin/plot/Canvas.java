package org.nonlin.plot;

import java.awt.Color;

/**
 * The few drawing operations every chart is made of. Charts draw through this interface only, so
 * that the same code produces the PNG (through {@link Java2dCanvas}) and the SVG (through {@link
 * SvgCanvas}).
 *
 * <p>Coordinates are pixels with the origin at the top left and y growing downwards. Arguments are
 * never modified. Coordinates must be finite; charts split lines at NaN and infinite data before
 * they reach a canvas.
 */
public interface Canvas {

  /** Width of the picture in pixels. */
  int width();

  /** Height of the picture in pixels. */
  int height();

  /**
   * Strokes the open line through the points {@code (xs[i], ys[i])}.
   *
   * @param xs x coordinates, at least 2
   * @param ys y coordinates, as many as {@code xs}
   * @param pen how to stroke
   */
  void polyline(double[] xs, double[] ys, Pen pen);

  /**
   * Fills and/or strokes the closed polygon through the points {@code (xs[i], ys[i])}.
   *
   * @param xs x coordinates, at least 3
   * @param ys y coordinates, as many as {@code xs}
   * @param fill fill colour, or null for none
   * @param edge pen for the outline, or null for none
   */
  void polygon(double[] xs, double[] ys, Color fill, Pen edge);

  /**
   * Fills and/or strokes a rectangle.
   *
   * @param box the rectangle
   * @param fill fill colour, or null for none
   * @param edge pen for the outline, or null for none
   */
  void rect(Box box, Color fill, Pen edge);

  /**
   * Fills and/or strokes a circle.
   *
   * @param cx centre x
   * @param cy centre y
   * @param radius radius, at least 0
   * @param fill fill colour, or null for none
   * @param edge pen for the outline, or null for none
   */
  void circle(double cx, double cy, double radius, Color fill, Pen edge);

  /**
   * Writes one line of text whose baseline passes through {@code (x, y)}; the style's alignment
   * says which part of the text sits at x. Vertical text is rotated about the anchor point.
   *
   * @param text the text, one line
   * @param x anchor x
   * @param y anchor y (the baseline)
   * @param style font, colour and alignment
   */
  void text(String text, double x, double y, TextStyle style);

  /**
   * Paints an opaque raster of RGB pixels scaled to the target box without smoothing, so that each
   * source pixel becomes a sharp rectangle.
   *
   * @param rgb pixels as {@code 0xRRGGBB}, row-major, row 0 at the top
   * @param columns pixels per row, at least 1
   * @param rows number of rows, at least 1, with {@code rgb.length == columns * rows}
   * @param target where the raster goes
   */
  void image(int[] rgb, int columns, int rows, Box target);

  /**
   * Restricts later drawing to the box until {@link #unclip()}. Clips do not nest: a new clip
   * replaces the previous one.
   */
  void clip(Box box);

  /** Removes the clip set by {@link #clip(Box)}, if any. */
  void unclip();

  /** Strokes the segment from {@code (x1, y1)} to {@code (x2, y2)}. */
  default void line(double x1, double y1, double x2, double y2, Pen pen) {
    polyline(new double[] {x1, x2}, new double[] {y1, y2}, pen);
  }

  /**
   * Width in pixels that {@link #text} gives the text in this style; both canvases measure with the
   * same font metrics, so a layout computed once fits both pictures.
   */
  default double textWidth(String text, TextStyle style) {
    return Fonts.width(text, style);
  }
}
