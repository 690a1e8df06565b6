package org.nonlin.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A matrix of numbers as square coloured cells with the values written in them: a confusion matrix
 * (rows the true classes, columns the predicted ones) or a grid of validation accuracy over two
 * hyperparameters. Row 0 is at the top.
 *
 * <p>A cell's colour is {@code scale.at((v - lo) / (hi - lo))}, with [lo, hi] the range of the
 * finite values unless given; a colour bar on the right shows the scale. NaN and infinite cells are
 * painted light grey and labelled "–". Values are written in black on light cells and in white on
 * dark ones.
 */
public final class HeatMap extends TitledChart {

  private static final Color MISSING = new Color(0xDDDDDD);
  private static final double BAR_WIDTH = 14;
  private static final double BAR_GAP = 12;

  private final double[][] values;
  private final String[] rowLabels;
  private final String[] columnLabels;
  private final String format;
  private final ColorScale colors;
  private final double lo;
  private final double hi;

  private HeatMap(Builder b, double lo, double hi) {
    super(b);
    values = b.values;
    rowLabels = b.rowLabels.toArray(String[]::new);
    columnLabels = b.columnLabels.toArray(String[]::new);
    format = b.format;
    colors = b.colors;
    this.lo = lo;
    this.hi = hi;
  }

  /** A builder with nothing set; the values are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void draw(Canvas canvas, Box box) {
    Ticks barTicks = Ticks.linear(lo, hi, 5);
    double barLabels = 0;
    for (String label : barTicks.labels()) {
      barLabels = Math.max(barLabels, canvas.textWidth(label, Theme.TICK));
    }
    double reserve = BAR_GAP + BAR_WIDTH + Theme.TICK_LENGTH + 3 + barLabels;
    Axes axes = squareCells(canvas, box, reserve);
    for (int r = 0; r < values.length; r++) {
      for (int c = 0; c < values[r].length; c++) {
        drawCell(canvas, axes, r, c);
      }
    }
    axes.drawFrame(canvas);
    drawBar(canvas, axes.plot(), barTicks);
  }

  /** Axes whose plot area has square cells, the whole layout centred in the box. */
  private Axes squareCells(Canvas canvas, Box box, double reserve) {
    Scale x = Scale.categories(columnLabels, false);
    Scale y = Scale.categories(rowLabels, true);
    Axes first = Axes.layout(canvas, box, titles, x, y, reserve);
    Box plot = first.plot();
    Box square = plot.fit(columnLabels.length / (double) rowLabels.length);
    double slackX = plot.width() - square.width();
    double slackY = plot.height() - square.height();
    Box narrower =
        new Box(
            box.x() + slackX / 2,
            box.y() + slackY / 2,
            box.width() - slackX,
            box.height() - slackY);
    return Axes.layout(canvas, narrower, titles, x, y, reserve);
  }

  private void drawCell(Canvas canvas, Axes axes, int r, int c) {
    double v = values[r][c];
    double left = axes.px(c - 0.5);
    double top = axes.py(r - 0.5);
    Box cell = Box.between(left, top, axes.px(c + 0.5), axes.py(r + 0.5));
    boolean finite = Double.isFinite(v);
    Color fill = finite ? colors.at((v - lo) / (hi - lo)) : MISSING;
    canvas.rect(cell, fill, Pen.solid(Color.WHITE, 1));

    String text = finite ? String.format(Locale.ROOT, format, v) : "–";
    double size = Math.min(Theme.CELL.size(), 0.4 * cell.height());
    double textWidth = canvas.textWidth(text, Theme.CELL.size(size));
    if (textWidth > cell.width() - 4) {
      size *= (cell.width() - 4) / textWidth;
    }
    if (size >= 6) {
      Color ink = Palette.luminance(fill) < 0.5 ? Color.WHITE : Theme.INK;
      TextStyle style = Theme.CELL.size(size).color(ink);
      canvas.text(text, cell.centerX(), cell.centerY() + style.capHeight() / 2, style);
    }
  }

  private void drawBar(Canvas canvas, Box plot, Ticks ticks) {
    Box bar = new Box(plot.right() + BAR_GAP, plot.y(), BAR_WIDTH, plot.height());
    int steps = 256;
    int[] rgb = new int[steps];
    for (int i = 0; i < steps; i++) {
      rgb[i] = colors.at(1 - i / (steps - 1.0)).getRGB() & 0xFFFFFF;
    }
    canvas.image(rgb, 1, steps, bar);
    canvas.rect(bar, null, Theme.FRAME);
    double[] tickValues = ticks.values();
    String[] labels = ticks.labels();
    TextStyle style = Theme.TICK.align(TextStyle.Align.START);
    for (int i = 0; i < tickValues.length; i++) {
      double p = bar.bottom() - (tickValues[i] - lo) / (hi - lo) * bar.height();
      canvas.line(bar.right(), p, bar.right() + Theme.TICK_LENGTH, p, Theme.FRAME);
      canvas.text(labels[i], bar.right() + Theme.TICK_LENGTH + 3, p + style.capHeight() / 2, style);
    }
  }

  /** Collects the matrix and its labels; {@link #build()} checks them. */
  public static final class Builder extends ChartBuilder<Builder> {

    private double[][] values;
    private List<String> rowLabels = List.of();
    private List<String> columnLabels = List.of();
    private String format;
    private ColorScale colors = ColorScale.BLUES;
    private double[] range;

    private Builder() {}

    /**
     * The matrix, {@code values[row][column]}; copied.
     *
     * @throws IllegalArgumentException if it is empty or ragged
     */
    public Builder values(double[][] matrix) {
      values = Matrices.copy(matrix, "heat map");
      return this;
    }

    /**
     * The matrix of counts, e.g. a confusion matrix; copied.
     *
     * @throws IllegalArgumentException if it is empty or ragged
     */
    public Builder values(int[][] counts) {
      return values(Matrices.toDouble(counts));
    }

    /** Labels of the rows, top to bottom; default 0, 1, .... */
    public Builder rowLabels(String... labels) {
      rowLabels = List.of(labels);
      return this;
    }

    /** Labels of the columns, left to right; default 0, 1, .... */
    public Builder columnLabels(String... labels) {
      columnLabels = List.of(labels);
      return this;
    }

    /**
     * The format of the cell values, for {@link String#format} with {@link Locale#ROOT}; default
     * {@code "%.0f"} when every finite value is a whole number, else {@code "%.3f"}.
     *
     * @throws IllegalArgumentException if the format cannot format a double
     */
    public Builder format(String pattern) {
      try {
        String.format(Locale.ROOT, pattern, 1.0);
      } catch (IllegalFormatException e) {
        throw new IllegalArgumentException(
            "cell format '" + pattern + "' cannot format a number: " + e.getMessage(), e);
      }
      format = pattern;
      return this;
    }

    /** The colour scale; default {@link ColorScale#BLUES}. */
    public Builder colors(ColorScale scale) {
      colors = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Fixes the values at the two ends of the colour scale instead of the data's extent.
     *
     * @throws IllegalArgumentException if an end is not finite or lo is not below hi
     */
    public Builder range(double lo, double hi) {
      checkRange("colour", lo, hi);
      range = new double[] {lo, hi};
      return this;
    }

    /**
     * The chart.
     *
     * @throws IllegalArgumentException if the values are missing or the number of row or column
     *     labels differs from the matrix's
     */
    public HeatMap build() {
      if (values == null) {
        throw new IllegalArgumentException("a heat map needs values");
      }
      rowLabels = labels("row", rowLabels, values.length);
      columnLabels = labels("column", columnLabels, values[0].length);
      Extent extent = new Extent();
      boolean whole = true;
      for (double[] row : values) {
        extent.include(row);
        for (double v : row) {
          whole &= !Double.isFinite(v) || v == Math.rint(v);
        }
      }
      if (format == null) {
        format = whole ? "%.0f" : "%.3f";
      }
      Scale scale = XyChartBuilder.scale(range, extent, false, 0);
      return new HeatMap(this, scale.min(), scale.max());
    }

    private static List<String> labels(String what, List<String> given, int count) {
      if (given.isEmpty()) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          labels.add(Integer.toString(i));
        }
        return labels;
      }
      if (given.size() != count) {
        throw new IllegalArgumentException(
            given.size() + " " + what + " labels given for " + count + " " + what + "s");
      }
      return given;
    }
  }
}
