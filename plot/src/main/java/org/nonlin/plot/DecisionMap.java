package org.nonlin.plot;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * The plane coloured by what a classifier predicts, with the samples on top: the chapter's way of
 * seeing a decision boundary (a grid over the input range, each cell painted by the class the
 * network gives its centre).
 *
 * <p>The regions come from a grid of cells over [xMin, xMax] x [yMin, yMax]: cell (row, column)
 * covers the column-th of the equal x intervals and the row-th of the equal y intervals counted
 * from yMin upwards, and stands for its centre ({@link #centres}). A cell holds either a class
 * index, painted in the class's region colour ({@link Palette#region}: yellow for class 0 and pink
 * for class 1 when there are two classes), or the probability p of class 1, painted pink when p
 * &ge; 0.5 and yellow below, paler the closer p is to 0.5, so that the boundary shows as a pale
 * band.
 */
public final class DecisionMap extends TitledChart {

  /** Share of the region colour kept at p = 0.5; it grows linearly to 1 at p = 0 and p = 1. */
  private static final double PALEST = 0.25;

  private final Scale xScale;
  private final Scale yScale;
  private final int[] rgb;
  private final int columns;
  private final int rows;
  private final ClassPoints samples;
  private final List<String> classNames;

  /** A classifier of points of the plane, evaluated once per grid cell. */
  @FunctionalInterface
  public interface Classifier {
    /** The class, at least 0, predicted at {@code (x, y)}. */
    int classOf(double x, double y);
  }

  private DecisionMap(Builder b, int[] rgb, List<String> classNames) {
    super(b);
    xScale = Scale.exact(b.xRange[0], b.xRange[1], false);
    yScale = Scale.exact(b.yRange[0], b.yRange[1], false);
    this.rgb = rgb;
    this.classNames = classNames;
    columns = b.columns();
    rows = b.rows();
    samples = b.samples;
  }

  /** A builder with nothing set; ranges and regions are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The centres of {@code count} equal intervals of [min, max]: {@code min + (i + 0.5) * (max -
   * min) / count} for i = 0, ..., count - 1. Use them to evaluate a model on the grid in one batch.
   *
   * @throws IllegalArgumentException if the range is not finite with min &lt; max or count &lt; 1
   */
  public static double[] centres(double min, double max, int count) {
    ChartBuilder.checkRange("grid", min, max);
    if (count < 1) {
      throw new IllegalArgumentException("grid count " + count + " must be >= 1");
    }
    double[] centres = new double[count];
    Arrays.setAll(centres, i -> min + (i + 0.5) * (max - min) / count);
    return centres;
  }

  @Override
  public void draw(Canvas canvas, Box box) {
    Axes axes = Axes.layout(canvas, box, titles, xScale, yScale, 0);
    canvas.image(rgb, columns, rows, axes.plot());
    canvas.clip(axes.plot());
    PixelPoints drawn = new PixelPoints();
    samples.draw(canvas, axes, drawn);
    canvas.unclip();
    axes.drawFrame(canvas);
    int count = classNames.size();
    Legend.draw(
        canvas,
        axes.plot(),
        ClassPoints.legend(classNames, c -> Palette.region(c, count)),
        drawn.xs(),
        drawn.ys());
  }

  /** Collects the ranges, regions and samples; {@link #build()} checks them all. */
  public static final class Builder extends ClassChartBuilder<Builder> {

    private double[][] cells;
    private boolean probabilities;

    private Builder() {}

    /**
     * The regions as class indices, {@code grid[row][column]}, row 0 at yMin; copied.
     *
     * @throws IllegalArgumentException if the grid is empty or ragged, or an index is negative
     */
    public Builder classes(int[][] grid) {
      return cells(Matrices.toDouble(grid), false);
    }

    /**
     * The regions as the classes the classifier gives the centres of a {@code resolution} x {@code
     * resolution} grid; the ranges must be set first.
     *
     * @throws IllegalArgumentException if a range is missing, the resolution is outside [2, 2000]
     *     or the classifier returns a negative class
     */
    public Builder classes(int resolution, Classifier classifier) {
      return cells(evaluate(resolution, classifier::classOf), false);
    }

    /**
     * The regions as probabilities of class 1, {@code p[row][column]}, row 0 at yMin; copied.
     *
     * @throws IllegalArgumentException if the grid is empty or ragged, or a value is outside [0, 1]
     *     or NaN
     */
    public Builder probabilities(double[][] p) {
      return cells(p, true);
    }

    /**
     * The regions as the probabilities of class 1 that {@code model.applyAsDouble(x, y)} gives the
     * centres of a {@code resolution} x {@code resolution} grid; the ranges must be set first.
     *
     * @throws IllegalArgumentException if a range is missing, the resolution is outside [2, 2000]
     *     or a probability is outside [0, 1] or NaN
     */
    public Builder probabilities(int resolution, DoubleBinaryOperator model) {
      return cells(evaluate(resolution, model), true);
    }

    /**
     * The chart.
     *
     * @throws IllegalArgumentException if a range or the regions are missing, or class names are
     *     given for fewer classes than the grid or the samples use
     */
    public DecisionMap build() {
      checkRanges();
      if (cells == null) {
        throw new IllegalArgumentException("a decision map needs classes or probabilities");
      }
      int count = Math.max(2, samples.classCount());
      for (double[] row : probabilities ? new double[0][] : cells) {
        for (double classIndex : row) {
          count = Math.max(count, (int) classIndex + 1);
        }
      }
      List<String> classNames = ClassPoints.names(names, count);
      return new DecisionMap(this, raster(classNames.size()), classNames);
    }

    private int rows() {
      return cells.length;
    }

    private int columns() {
      return cells[0].length;
    }

    /** Pixels of the regions, top row (yMax) first. */
    private int[] raster(int count) {
      int rows = rows();
      int columns = columns();
      int[] rgb = new int[rows * columns];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          Color color =
              probabilities ? shade(cells[r][c]) : Palette.region((int) cells[r][c], count);
          rgb[(rows - 1 - r) * columns + c] = color.getRGB() & 0xFFFFFF;
        }
      }
      return rgb;
    }

    private static Color shade(double p) {
      Color side = p >= 0.5 ? Palette.BINARY_POSITIVE : Palette.BINARY_NEGATIVE;
      return Palette.mix(Color.WHITE, side, PALEST + (1 - PALEST) * Math.abs(2 * p - 1));
    }

    /** The values at the centres of a resolution x resolution grid over the ranges. */
    private double[][] evaluate(int resolution, DoubleBinaryOperator f) {
      checkRanges();
      if (resolution < 2 || resolution > 2000) {
        throw new IllegalArgumentException(
            "grid resolution " + resolution + " must be in [2, 2000]");
      }
      double[] x = centres(xRange[0], xRange[1], resolution);
      double[] y = centres(yRange[0], yRange[1], resolution);
      double[][] grid = new double[resolution][resolution];
      for (int r = 0; r < resolution; r++) {
        for (int c = 0; c < resolution; c++) {
          grid[r][c] = f.applyAsDouble(x[c], y[r]);
        }
      }
      return grid;
    }

    /** Checks and keeps a copy of the cells, class indices or probabilities. */
    private Builder cells(double[][] grid, boolean areProbabilities) {
      double[][] copy = Matrices.copy(grid, "region grid");
      for (int r = 0; r < copy.length; r++) {
        for (int c = 0; c < copy[r].length; c++) {
          double v = copy[r][c];
          if (areProbabilities && !(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(
                "probability " + v + " at row " + r + ", column " + c + " must be in [0, 1]");
          }
          if (!areProbabilities && v < 0) {
            throw new IllegalArgumentException(
                "class " + (int) v + " at row " + r + ", column " + c + " must be >= 0");
          }
        }
      }
      cells = copy;
      probabilities = areProbabilities;
      return this;
    }

    private void checkRanges() {
      if (xRange == null || yRange == null) {
        throw new IllegalArgumentException(
            "a decision map needs both xRange and yRange set, got x "
                + Arrays.toString(xRange)
                + " and y "
                + Arrays.toString(yRange));
      }
    }
  }
}
