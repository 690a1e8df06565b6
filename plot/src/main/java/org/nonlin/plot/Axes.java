package org.nonlin.plot;

/**
 * A laid-out pair of axes inside a chart's box: the plot area, the data-to-pixel maps and the
 * ticks, plus drawing of the grid, frame, tick labels, axis labels and title around the area.
 */
final class Axes {

  /** Fewest pixels wanted between neighbouring tick labels. */
  private static final double LABEL_GAP = 10;

  /** About how many pixels one y interval should span. */
  private static final double Y_TICK_SPACING = 40;

  private final Titles titles;
  private final Box box;
  private final Box plot;
  private final Scale x;
  private final Scale y;
  private final Ticks xTicks;
  private final Ticks yTicks;
  private final boolean verticalXLabels;

  /**
   * A chart's title and axis labels; empty strings are left out, and their space with them.
   *
   * @param title above the plot area
   * @param x under the x axis
   * @param y left of the y axis, read bottom to top
   */
  record Titles(String title, String x, String y) {
    Titles {
      title = title == null ? "" : title;
      x = x == null ? "" : x;
      y = y == null ? "" : y;
    }
  }

  private Axes(
      Titles titles,
      Box box,
      Box plot,
      Scale x,
      Scale y,
      Ticks xTicks,
      Ticks yTicks,
      boolean verticalXLabels) {
    this.titles = titles;
    this.box = box;
    this.plot = plot;
    this.x = x;
    this.y = y;
    this.xTicks = xTicks;
    this.yTicks = yTicks;
    this.verticalXLabels = verticalXLabels;
  }

  /**
   * Lays out axes in the box, leaving {@code rightReserve} pixels free on the right (for a colour
   * bar), and choosing as many ticks as fit without overlapping labels. Category labels on the x
   * axis that would overlap are written vertically instead.
   */
  static Axes layout(Canvas canvas, Box box, Titles titles, Scale x, Scale y, double rightReserve) {
    double lineHeight = Theme.lineHeight(Theme.TICK);
    Axes flat = layout(canvas, box, titles, x, y, rightReserve, lineHeight, false);
    if (x.fixedTicks() == null || !overlap(canvas, x, flat.xTicks, flat.plot.width())) {
      return flat;
    }
    double longest = 0;
    for (String label : flat.xTicks.labels()) {
      longest = Math.max(longest, canvas.textWidth(label, Theme.TICK));
    }
    return layout(canvas, box, titles, x, y, rightReserve, longest + 2, true);
  }

  private static Axes layout(
      Canvas canvas,
      Box box,
      Titles titles,
      Scale x,
      Scale y,
      double rightReserve,
      double xLabelsHeight,
      boolean verticalXLabels) {
    double top = box.y() + Theme.PAD + titleHeight(titles);
    double bottom =
        box.bottom()
            - Theme.PAD
            - (titles.x().isEmpty() ? 0 : Theme.lineHeight(Theme.LABEL) + 2)
            - xLabelsHeight
            - Theme.TICK_LENGTH;
    Ticks yTicks = y.ticks(clampCount((bottom - top) / Y_TICK_SPACING));
    double yLabelsWidth = 0;
    for (String label : yTicks.labels()) {
      yLabelsWidth = Math.max(yLabelsWidth, canvas.textWidth(label, Theme.TICK));
    }
    double left =
        box.x()
            + Theme.PAD
            + (titles.y().isEmpty() ? 0 : Theme.lineHeight(Theme.LABEL) + 4)
            + yLabelsWidth
            + Theme.TICK_LENGTH
            + 3;
    double right = box.right() - Theme.PAD - rightReserve;
    Ticks xTicks = fittingTicks(canvas, x, right - left);
    if (!verticalXLabels) {
      double overhang = lastLabelOverhang(canvas, x, xTicks, right - left);
      right -= Math.max(0, overhang - Theme.PAD);
    }
    Box plot = Box.between(left, top, right, bottom);
    return new Axes(titles, box, plot, x, y, xTicks, yTicks, verticalXLabels);
  }

  /** The plot area. */
  Box plot() {
    return plot;
  }

  /** Pixel x of a data x value. */
  double px(double value) {
    return plot.x() + x.fraction(value) * plot.width();
  }

  /** Pixel y of a data y value. */
  double py(double value) {
    return plot.bottom() - y.fraction(value) * plot.height();
  }

  /** Light grid lines at the inner ticks, to draw under the data. */
  void drawGrid(Canvas canvas) {
    for (double v : xTicks.values()) {
      double p = px(v);
      if (p > plot.x() + 1 && p < plot.right() - 1) {
        canvas.line(p, plot.y(), p, plot.bottom(), Theme.GRID);
      }
    }
    for (double v : yTicks.values()) {
      double p = py(v);
      if (p > plot.y() + 1 && p < plot.bottom() - 1) {
        canvas.line(plot.x(), p, plot.right(), p, Theme.GRID);
      }
    }
  }

  /** The frame, ticks, tick labels, axis labels and title, to draw over the data. */
  void drawFrame(Canvas canvas) {
    canvas.rect(plot, null, Theme.FRAME);
    double[] xs = xTicks.values();
    String[] xLabels = xTicks.labels();
    double labelTop = plot.bottom() + Theme.TICK_LENGTH + 2;
    TextStyle vertical = Theme.TICK.vertical(true).align(TextStyle.Align.END);
    for (int i = 0; i < xs.length; i++) {
      double p = px(xs[i]);
      canvas.line(p, plot.bottom(), p, plot.bottom() + Theme.TICK_LENGTH, Theme.FRAME);
      if (verticalXLabels) {
        canvas.text(xLabels[i], p + Theme.TICK.capHeight() / 2, labelTop + 1, vertical);
      } else {
        canvas.text(xLabels[i], p, labelTop + Theme.TICK.capHeight(), Theme.TICK);
      }
    }
    double[] ys = yTicks.values();
    String[] yLabels = yTicks.labels();
    TextStyle yTickStyle = Theme.TICK.align(TextStyle.Align.END);
    for (int i = 0; i < ys.length; i++) {
      double p = py(ys[i]);
      canvas.line(plot.x() - Theme.TICK_LENGTH, p, plot.x(), p, Theme.FRAME);
      canvas.text(
          yLabels[i], plot.x() - Theme.TICK_LENGTH - 3, p + Theme.TICK.capHeight() / 2, yTickStyle);
    }
    drawTitles(canvas);
  }

  private void drawTitles(Canvas canvas) {
    if (!titles.title().isEmpty()) {
      double center = titleCentre(canvas);
      canvas.text(
          titles.title(), center, box.y() + Theme.PAD + Theme.TITLE.capHeight(), Theme.TITLE);
    }
    if (!titles.x().isEmpty()) {
      double baseline = box.bottom() - Theme.PAD - 0.25 * Theme.LABEL.size();
      canvas.text(titles.x(), plot.centerX(), baseline, Theme.LABEL);
    }
    if (!titles.y().isEmpty()) {
      double baseline = box.x() + Theme.PAD + Theme.LABEL.capHeight();
      canvas.text(titles.y(), baseline, plot.centerY(), Theme.LABEL.vertical(true));
    }
  }

  /** Centred over the plot area, but shifted to stay inside the box when it is wide. */
  private double titleCentre(Canvas canvas) {
    double half = canvas.textWidth(titles.title(), Theme.TITLE) / 2;
    double lowest = box.x() + Theme.PAD + half;
    double highest = box.right() - Theme.PAD - half;
    return lowest > highest ? box.centerX() : Math.max(lowest, Math.min(highest, plot.centerX()));
  }

  private static double titleHeight(Titles titles) {
    return titles.title().isEmpty() ? 0 : Theme.lineHeight(Theme.TITLE) + 6;
  }

  private static int clampCount(double count) {
    return (int) Math.max(2, Math.min(10, count));
  }

  /** The most x ticks, up to about one per 70 pixels, whose labels do not overlap. */
  private static Ticks fittingTicks(Canvas canvas, Scale x, double width) {
    Ticks ticks = x.ticks(clampCount(width / 70));
    for (int count = clampCount(width / 70); count > 1 && overlap(canvas, x, ticks, width); ) {
      count--;
      ticks = x.ticks(count);
    }
    return ticks;
  }

  private static boolean overlap(Canvas canvas, Scale x, Ticks ticks, double width) {
    double[] values = ticks.values();
    String[] labels = ticks.labels();
    double previousEnd = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.length; i++) {
      double half = canvas.textWidth(labels[i], Theme.TICK) / 2;
      double center = x.fraction(values[i]) * width;
      if (center - half < previousEnd + LABEL_GAP) {
        return true;
      }
      previousEnd = center + half;
    }
    return false;
  }

  private static double lastLabelOverhang(Canvas canvas, Scale x, Ticks ticks, double width) {
    double overhang = 0;
    double[] values = ticks.values();
    String[] labels = ticks.labels();
    for (int i = 0; i < values.length; i++) {
      double end = x.fraction(values[i]) * width + canvas.textWidth(labels[i], Theme.TICK) / 2;
      overhang = Math.max(overhang, end - width);
    }
    return overhang;
  }
}
