package org.nonlin.plot;

import java.awt.Color;
import java.util.List;

/** A legend box placed in the corner of the plot area that hides the fewest data points. */
final class Legend {

  private static final double SWATCH = 24;
  private static final double INSET = 8;
  private static final Color BACKGROUND = new Color(255, 255, 255, 225);
  private static final Pen BORDER = Pen.solid(new Color(0xBBBBBB), 1);

  /**
   * One line of a legend: a swatch and a label.
   *
   * @param label the name shown
   * @param line pen of the series' line, or null for a marker or patch alone
   * @param marker marker of the series or class, or null
   * @param color fill colour of the marker
   * @param patch colour of a small rectangle behind the swatch (a class's region), or null
   */
  record Entry(String label, Pen line, Marker marker, Color color, Color patch) {}

  private Legend() {}

  /**
   * Draws the legend inside the plot area in the corner (upper right, upper left, lower left, lower
   * right, in that order of preference on ties) that covers the fewest of the points.
   *
   * @param avoidX pixel x of points the legend should not hide
   * @param avoidY pixel y of those points
   */
  static void draw(Canvas canvas, Box plot, List<Entry> entries, double[] avoidX, double[] avoidY) {
    if (entries.isEmpty()) {
      return;
    }
    double rowHeight = Theme.lineHeight(Theme.LEGEND) + 3;
    double labelWidth = 0;
    for (Entry entry : entries) {
      labelWidth = Math.max(labelWidth, canvas.textWidth(entry.label(), Theme.LEGEND));
    }
    double width = 3 * INSET / 2 + SWATCH + 6 + labelWidth;
    double height = INSET + rowHeight * entries.size();
    Box frame = bestCorner(plot, width, height, avoidX, avoidY);

    canvas.rect(frame, BACKGROUND, BORDER);
    for (int i = 0; i < entries.size(); i++) {
      double middle = frame.y() + INSET / 2 + rowHeight * (i + 0.5);
      double swatchX = frame.x() + INSET;
      drawSwatch(canvas, entries.get(i), swatchX, middle);
      canvas.text(
          entries.get(i).label(),
          swatchX + SWATCH + 6,
          middle + Theme.LEGEND.capHeight() / 2,
          Theme.LEGEND);
    }
  }

  private static void drawSwatch(Canvas canvas, Entry entry, double x, double middle) {
    if (entry.patch() != null) {
      canvas.rect(new Box(x + 2, middle - 6, SWATCH - 4, 12), entry.patch(), BORDER);
    }
    if (entry.line() != null) {
      canvas.line(x, middle, x + SWATCH, middle, entry.line());
    }
    if (entry.marker() != null) {
      Pen edge = entry.line() == null ? Theme.MARKER_EDGE : null;
      entry.marker().draw(canvas, x + SWATCH / 2, middle, Theme.MARKER_SIZE, entry.color(), edge);
    }
  }

  private static Box bestCorner(
      Box plot, double width, double height, double[] avoidX, double[] avoidY) {
    double left = plot.x() + INSET;
    double right = plot.right() - INSET - width;
    double top = plot.y() + INSET;
    double bottom = plot.bottom() - INSET - height;
    Box[] corners = {
      new Box(right, top, width, height),
      new Box(left, top, width, height),
      new Box(left, bottom, width, height),
      new Box(right, bottom, width, height)
    };
    Box best = corners[0];
    int fewest = Integer.MAX_VALUE;
    for (Box corner : corners) {
      int hidden = 0;
      for (int i = 0; i < avoidX.length; i++) {
        if (corner.contains(avoidX[i], avoidY[i])) {
          hidden++;
        }
      }
      if (hidden < fewest) {
        fewest = hidden;
        best = corner;
      }
    }
    return best;
  }
}
