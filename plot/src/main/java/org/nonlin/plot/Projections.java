package org.nonlin.plot;

import java.util.List;

/**
 * Pairwise 2-D views of points in a few dimensions, e.g. a three-unit hidden layer: one scatter
 * panel per pair of coordinates (x1-x2, x1-x3, x2-x3 for three), side by side in a {@link Figure}.
 */
public final class Projections {

  /** Size of each panel in pixels. */
  public static final int PANEL_SIZE = 420;

  private Projections() {}

  /**
   * The figure of all pairwise projections, in the order (0,1), (0,2), ..., (1,2), ....
   *
   * @param title the figure's title
   * @param axisNames one name per coordinate, e.g. "a1", "a2", "a3"; 2 to 4 of them
   * @param points point i is {@code points[i]}, one value per coordinate
   * @param labels class of each point, at least 0
   * @param classNames names of the classes for the legend, or empty for "class 0", ...
   * @param lines polylines drawn thin and grey under the points (e.g. a warped grid), line k's
   *     point j being {@code lines.get(k)[j]}, one value per coordinate; may be empty
   * @return a figure with one row of panels
   * @throws IllegalArgumentException if there are fewer than 2 or more than 4 coordinates, a point
   *     or line point has another number of coordinates, or as {@link ScatterChart} throws
   */
  public static Figure pairwise(
      String title,
      List<String> axisNames,
      double[][] points,
      int[] labels,
      List<String> classNames,
      List<double[][]> lines) {
    int d = axisNames.size();
    if (d < 2 || d > 4) {
      throw new IllegalArgumentException(
          axisNames.size() + " coordinates given; pairwise projections need 2 to 4");
    }
    Figure.Builder figure = Figure.builder(d * (d - 1) / 2).title(title);
    for (int a = 0; a < d; a++) {
      for (int b = a + 1; b < d; b++) {
        ScatterChart.Builder panel =
            ScatterChart.builder()
                .title(axisNames.get(a) + " – " + axisNames.get(b))
                .xLabel(axisNames.get(a))
                .yLabel(axisNames.get(b))
                .size(PANEL_SIZE, PANEL_SIZE)
                .classNames(classNames.toArray(String[]::new))
                .samples(column(points, a, d), column(points, b, d), labels);
        for (double[][] line : lines) {
          panel.line(column(line, a, d), column(line, b, d));
        }
        figure.panel(panel.build());
      }
    }
    return figure.build();
  }

  private static double[] column(double[][] rows, int index, int dimensions) {
    double[] column = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != dimensions) {
        throw new IllegalArgumentException(
            "point " + i + " has " + rows[i].length + " coordinates, expected " + dimensions);
      }
      column[i] = rows[i][index];
    }
    return column;
  }
}
