package org.nonlin.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled points with their class's colour and marker, over optional thin grey lines: the way to
 * see how a hidden layer bends space, with the samples and the image of a square grid of the input
 * plane drawn in Z1 or A1 coordinates.
 *
 * <p>Both axes span the points and lines with a margin of {@value #MARGIN} of their length on each
 * side unless a range is given.
 */
public final class ScatterChart extends TitledChart {

  /** Fraction of the data range added on each side of each axis. */
  public static final double MARGIN = 0.05;

  private final Scale xScale;
  private final Scale yScale;
  private final ClassPoints samples;
  private final List<double[][]> lines;
  private final List<String> classNames;

  private ScatterChart(Builder b, List<String> classNames) {
    super(b);
    samples = b.samples;
    lines = List.copyOf(b.lines);
    this.classNames = classNames;
    Extent x = new Extent().include(samples.x());
    Extent y = new Extent().include(samples.y());
    for (double[][] line : lines) {
      x.include(line[0]);
      y.include(line[1]);
    }
    xScale = XyChartBuilder.scale(b.xRange, x, false, MARGIN);
    yScale = XyChartBuilder.scale(b.yRange, y, false, MARGIN);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void draw(Canvas canvas, Box box) {
    Axes axes = Axes.layout(canvas, box, titles, xScale, yScale, 0);
    axes.drawGrid(canvas);
    canvas.clip(axes.plot());
    for (double[][] line : lines) {
      double[] px = new double[line[0].length];
      double[] py = new double[line[0].length];
      for (int i = 0; i < px.length; i++) {
        px[i] = axes.px(line[0][i]);
        py[i] = axes.py(line[1][i]);
      }
      canvas.polyline(px, py, Theme.WARPED_GRID);
    }
    PixelPoints drawn = new PixelPoints();
    samples.draw(canvas, axes, drawn);
    canvas.unclip();
    axes.drawFrame(canvas);
    Legend.draw(
        canvas, axes.plot(), ClassPoints.legend(classNames, c -> null), drawn.xs(), drawn.ys());
  }

  /** Collects points and lines; {@link #build()} checks them. */
  public static final class Builder extends ClassChartBuilder<Builder> {

    private final List<double[][]> lines = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a thin grey line through {@code (x[i], y[i])}, drawn under the points; copied.
     *
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than 2 points or
     *     a coordinate that is not finite
     */
    public Builder line(double[] x, double[] y) {
      CanvasChecks.points(x, y, 2);
      lines.add(new double[][] {x.clone(), y.clone()});
      return this;
    }

    /**
     * Adds the lines of a warped grid: node (i, j) of a square grid of the input plane lands at
     * {@code (gridX[i][j], gridY[i][j])}; every row i and every column j becomes a line.
     *
     * @throws IllegalArgumentException if the arrays are not of one shape with at least 2 x 2
     *     nodes, or a coordinate is not finite
     */
    public Builder grid(double[][] gridX, double[][] gridY) {
      if (gridX.length < 2 || gridY.length != gridX.length) {
        throw new IllegalArgumentException(
            "grid needs at least 2 rows in both arrays, got "
                + gridX.length
                + " and "
                + gridY.length);
      }
      int columns = gridX[0].length;
      for (int i = 0; i < gridX.length; i++) {
        if (gridX[i].length != columns || gridY[i].length != columns || columns < 2) {
          throw new IllegalArgumentException(
              "grid row "
                  + i
                  + " has "
                  + gridX[i].length
                  + " x and "
                  + gridY[i].length
                  + " y nodes, needs "
                  + columns
                  + " of each (at least 2)");
        }
        line(gridX[i], gridY[i]);
      }
      for (int j = 0; j < columns; j++) {
        double[] x = new double[gridX.length];
        double[] y = new double[gridX.length];
        for (int i = 0; i < gridX.length; i++) {
          x[i] = gridX[i][j];
          y[i] = gridY[i][j];
        }
        line(x, y);
      }
      return this;
    }

    /**
     * The chart.
     *
     * @throws IllegalArgumentException if there are neither points nor lines, or class names are
     *     given for fewer classes than the labels use
     */
    public ScatterChart build() {
      if (samples.x().length == 0 && lines.isEmpty()) {
        throw new IllegalArgumentException("a scatter chart needs samples or lines, got neither");
      }
      return new ScatterChart(this, ClassPoints.names(names, samples.classCount()));
    }
  }
}
