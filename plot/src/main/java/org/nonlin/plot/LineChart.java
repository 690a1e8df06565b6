package org.nonlin.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Named series of (x, y) points joined by lines: training curves (loss or accuracy by epoch,
 * training against validation), ROC and precision-recall curves, and the learning-rate range test
 * (loss against the learning rate on a log10 axis, with the suggested rate marked).
 *
 * <p>Series take the palette's colours in order ({@link Palette#color}) and, with markers on, its
 * marker shapes. A y value that is NaN or infinite (a diverged loss) leaves a gap in its line. The
 * y axis spans the finite data with a margin of {@value #MARGIN} of its length on each side unless
 * a range is given; the x axis spans the data exactly.
 */
public final class LineChart extends TitledChart {

  /** Fraction of the y data range added above and below it. */
  public static final double MARGIN = 0.05;

  private final List<Series> series;
  private final List<Guide> guides;
  private final boolean logX;
  private final boolean markers;
  private final boolean diagonal;
  private final Scale xScale;
  private final Scale yScale;

  /**
   * One named line.
   *
   * @param name shown in the legend
   * @param x x values, finite; copied in and out
   * @param y y values, as many as x; NaN and infinity leave gaps; copied in and out
   */
  public record Series(String name, double[] x, double[] y) {

    /**
     * Checks and copies.
     *
     * @throws IllegalArgumentException if the arrays are empty, differ in length or an x value is
     *     not finite
     */
    public Series {
      Objects.requireNonNull(name, "name");
      if (x.length == 0 || x.length != y.length) {
        throw new IllegalArgumentException(
            "series '"
                + name
                + "' has "
                + x.length
                + " x and "
                + y.length
                + " y values;"
                + " needs the same number, at least 1");
      }
      for (int i = 0; i < x.length; i++) {
        if (!Double.isFinite(x[i])) {
          throw new IllegalArgumentException(
              "x value " + x[i] + " at index " + i + " of series '" + name + "' must be finite");
        }
      }
      x = x.clone();
      y = y.clone();
    }

    @Override
    public double[] x() {
      return x.clone();
    }

    @Override
    public double[] y() {
      return y.clone();
    }
  }

  /** A dashed vertical line at x with a label at its top, e.g. the suggested learning rate. */
  private record Guide(double x, String label) {}

  private LineChart(Builder b) {
    super(b);
    series = List.copyOf(b.series);
    guides = List.copyOf(b.guides);
    logX = b.logX;
    markers = b.markers;
    diagonal = b.diagonal;
    xScale = b.xScale();
    yScale = b.yScale();
  }

  /** A builder with no series yet. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void draw(Canvas canvas, Box box) {
    Axes axes = Axes.layout(canvas, box, titles, xScale, yScale, 0);
    axes.drawGrid(canvas);
    canvas.clip(axes.plot());
    if (diagonal) {
      double lo = Math.min(xScale.min(), yScale.min());
      double hi = Math.max(xScale.max(), yScale.max());
      canvas.line(axes.px(lo), axes.py(lo), axes.px(hi), axes.py(hi), Theme.GUIDE);
    }
    PixelPoints drawn = new PixelPoints();
    List<Legend.Entry> entries = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Pen pen = Pen.solid(Palette.color(i), Theme.LINE.width());
      Marker marker = markers ? Palette.marker(i) : null;
      drawSeries(canvas, axes, series.get(i), pen, marker, drawn);
      entries.add(new Legend.Entry(series.get(i).name(), pen, marker, pen.color(), null));
    }
    for (Guide guide : guides) {
      drawGuide(canvas, axes, guide, drawn);
    }
    canvas.unclip();
    axes.drawFrame(canvas);
    Legend.draw(canvas, axes.plot(), entries, drawn.xs(), drawn.ys());
  }

  /** Draws the runs of finite points as lines, and markers or lone points as dots. */
  private void drawSeries(
      Canvas canvas, Axes axes, Series s, Pen pen, Marker marker, PixelPoints drawn) {
    double[] x = s.x;
    double[] y = s.y;
    int start = 0;
    while (start < x.length) {
      while (start < x.length && !Double.isFinite(y[start])) {
        start++;
      }
      int end = start;
      while (end < x.length && Double.isFinite(y[end])) {
        end++;
      }
      if (end - start >= 2) {
        double[] px = new double[end - start];
        double[] py = new double[end - start];
        for (int i = start; i < end; i++) {
          px[i - start] = axes.px(x[i]);
          py[i - start] = axes.py(y[i]);
        }
        canvas.polyline(px, py, pen);
        drawn.addPolyline(px, py);
      } else if (end - start == 1 && marker == null) {
        canvas.circle(axes.px(x[start]), axes.py(y[start]), pen.width() * 1.5, pen.color(), null);
      }
      for (int i = start; marker != null && i < end; i++) {
        marker.draw(canvas, axes.px(x[i]), axes.py(y[i]), Theme.MARKER_SIZE, pen.color(), null);
      }
      start = end;
    }
  }

  private static void drawGuide(Canvas canvas, Axes axes, Guide guide, PixelPoints drawn) {
    Box plot = axes.plot();
    double p = axes.px(guide.x());
    canvas.line(p, plot.y(), p, plot.bottom(), Theme.GUIDE);
    if (guide.label().isEmpty()) {
      return;
    }
    TextStyle style = Theme.LEGEND;
    double textWidth = canvas.textWidth(guide.label(), style);
    boolean rightSide = p + 4 + textWidth <= plot.right() - 2;
    double start = rightSide ? p + 4 : p - 4 - textWidth;
    double baseline = plot.y() + 6 + style.capHeight();
    canvas.rect(
        new Box(start - 2, baseline - style.capHeight() - 3, textWidth + 4, style.size() + 4),
        new Color(255, 255, 255, 210),
        null);
    canvas.text(guide.label(), start, baseline, style);
    drawn.add(start + textWidth / 2, baseline);
  }

  /** Collects series and options; {@link #build()} checks them all. */
  public static final class Builder extends XyChartBuilder<Builder> {

    private final List<Series> series = new ArrayList<>();
    private final List<Guide> guides = new ArrayList<>();
    private boolean logX;
    private boolean markers;
    private boolean diagonal;

    private Builder() {}

    /**
     * Adds a series; see {@link Series} for what is allowed.
     *
     * @throws IllegalArgumentException as {@link Series} does
     */
    public Builder series(String name, double[] x, double[] y) {
      series.add(new Series(name, x, y));
      return this;
    }

    /**
     * Adds a series whose x values are 1, 2, ..., y.length (epochs).
     *
     * @throws IllegalArgumentException as {@link Series} does
     */
    public Builder series(String name, double[] y) {
      double[] x = new double[y.length];
      Arrays.setAll(x, i -> i + 1);
      return series(name, x, y);
    }

    /** Puts x on a log10 axis (ticks at powers of ten); every x value must then be > 0. */
    public Builder logX(boolean on) {
      logX = on;
      return this;
    }

    /** Marks every point with its series' marker shape. */
    public Builder markers(boolean on) {
      markers = on;
      return this;
    }

    /** Draws the dashed diagonal y = x, the chance line of a ROC curve. */
    public Builder diagonal(boolean on) {
      diagonal = on;
      return this;
    }

    /**
     * Adds a dashed vertical line at x, labelled at its top (empty label for none).
     *
     * @throws IllegalArgumentException if x is not finite
     */
    public Builder verticalLine(double x, String label) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("vertical line x " + x + " must be finite");
      }
      guides.add(new Guide(x, label == null ? "" : label));
      return this;
    }

    /**
     * The chart.
     *
     * @throws IllegalArgumentException if there is no series, or the x axis is log and an x value,
     *     a vertical line or the x range is not greater than 0
     */
    public LineChart build() {
      if (series.isEmpty()) {
        throw new IllegalArgumentException("a line chart needs at least one series, got 0");
      }
      if (logX) {
        checkPositiveX();
      }
      return new LineChart(this);
    }

    private void checkPositiveX() {
      for (Series s : series) {
        for (int i = 0; i < s.x.length; i++) {
          if (!(s.x[i] > 0)) {
            throw new IllegalArgumentException(
                "x value "
                    + s.x[i]
                    + " at index "
                    + i
                    + " of series '"
                    + s.name()
                    + "' must be > 0 on a log axis");
          }
        }
      }
      for (Guide guide : guides) {
        if (!(guide.x() > 0)) {
          throw new IllegalArgumentException(
              "vertical line x " + guide.x() + " must be > 0 on a log axis");
        }
      }
      if (xRange != null && !(xRange[0] > 0)) {
        throw new IllegalArgumentException(
            "x range start " + xRange[0] + " must be > 0 on a log axis");
      }
    }

    private Scale xScale() {
      Extent extent = new Extent();
      series.forEach(s -> extent.include(s.x));
      guides.forEach(guide -> extent.include(guide.x()));
      return scale(xRange, extent, logX, 0);
    }

    private Scale yScale() {
      Extent extent = new Extent();
      series.forEach(s -> extent.include(s.y));
      return scale(yRange, extent, false, MARGIN);
    }
  }
}
