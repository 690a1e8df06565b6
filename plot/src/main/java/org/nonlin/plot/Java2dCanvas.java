package org.nonlin.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A canvas that draws on a Java2D {@link Graphics2D}, anti-aliased, usually that of a {@link
 * BufferedImage} written as PNG. It changes the graphics' hints, stroke, paint, font, transform and
 * clip as it draws; the caller owns and disposes the graphics.
 */
public final class Java2dCanvas implements Canvas {

  private final Graphics2D g;
  private final int width;
  private final int height;

  /**
   * A canvas over the graphics.
   *
   * @param graphics where to draw; its hints are set to anti-aliased quality rendering
   * @param width width of the picture in pixels, at least 1
   * @param height height of the picture in pixels, at least 1
   * @throws IllegalArgumentException if a size is below 1
   */
  public Java2dCanvas(Graphics2D graphics, int width, int height) {
    CanvasChecks.size(width, height);
    this.g = Objects.requireNonNull(graphics, "graphics");
    this.width = width;
    this.height = height;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void polyline(double[] xs, double[] ys, Pen pen) {
    stroke(path(xs, ys, false), pen);
  }

  @Override
  public void polygon(double[] xs, double[] ys, Color fill, Pen edge) {
    Shape shape = path(xs, ys, true);
    fill(shape, fill);
    stroke(shape, edge);
  }

  @Override
  public void rect(Box box, Color fill, Pen edge) {
    Shape shape = new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
    fill(shape, fill);
    stroke(shape, edge);
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill, Pen edge) {
    Shape shape = new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
    fill(shape, fill);
    stroke(shape, edge);
  }

  @Override
  public void text(String text, double x, double y, TextStyle style) {
    AffineTransform saved = g.getTransform();
    g.setFont(Fonts.font(style));
    g.setColor(style.color());
    g.translate(x, y);
    if (style.vertical()) {
      g.rotate(-Math.PI / 2);
    }
    g.drawString(text, (float) -Fonts.anchorOffset(text, style), 0f);
    g.setTransform(saved);
  }

  @Override
  public void image(int[] rgb, int columns, int rows, Box target) {
    BufferedImage raster = Rasters.toImage(rgb, columns, rows);
    AffineTransform place = new AffineTransform();
    place.translate(target.x(), target.y());
    place.scale(target.width() / columns, target.height() / rows);
    Object savedInterpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.drawImage(raster, place, null);
    if (savedInterpolation != null) {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, savedInterpolation);
    }
  }

  @Override
  public void clip(Box box) {
    g.setClip(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
  }

  @Override
  public void unclip() {
    g.setClip(null);
  }

  private void fill(Shape shape, Color fill) {
    if (fill != null) {
      g.setColor(fill);
      g.fill(shape);
    }
  }

  private void stroke(Shape shape, Pen pen) {
    if (pen == null) {
      return;
    }
    float[] dash = null;
    if (pen.dashed()) {
      double[] pattern = pen.dashPattern();
      dash = new float[] {(float) pattern[0], (float) pattern[1]};
    }
    g.setStroke(
        new BasicStroke(
            (float) pen.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
    g.setColor(pen.color());
    g.draw(shape);
  }

  private static Path2D path(double[] xs, double[] ys, boolean closed) {
    CanvasChecks.points(xs, ys, closed ? 3 : 2);
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, xs.length + 1);
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    if (closed) {
      path.closePath();
    }
    return path;
  }
}
