package org.nonlin.plot;

/**
 * What every chart builder sets: the title, the axis labels and the picture size. Empty or null
 * texts are left out, and their space with them.
 *
 * @param <B> the concrete builder, returned by each setter for chaining
 */
public abstract class ChartBuilder<B extends ChartBuilder<B>> {

  String title = "";
  String xLabel = "";
  String yLabel = "";
  int width = Chart.DEFAULT_WIDTH;
  int height = Chart.DEFAULT_HEIGHT;

  ChartBuilder() {}

  /** The title shown above the chart. */
  public B title(String text) {
    title = text == null ? "" : text;
    return self();
  }

  /** The label under the x axis (for a heat map, under the columns). */
  public B xLabel(String text) {
    xLabel = text == null ? "" : text;
    return self();
  }

  /** The label left of the y axis, read bottom to top (for a heat map, left of the rows). */
  public B yLabel(String text) {
    yLabel = text == null ? "" : text;
    return self();
  }

  /**
   * The size of the picture the chart makes alone; defaults to {@link Chart#DEFAULT_WIDTH} x {@link
   * Chart#DEFAULT_HEIGHT}.
   *
   * @throws IllegalArgumentException if a side is below 100 or above 20000 pixels
   */
  public B size(int newWidth, int newHeight) {
    checkSide("width", newWidth);
    checkSide("height", newHeight);
    width = newWidth;
    height = newHeight;
    return self();
  }

  /** The title and axis labels set so far. */
  Axes.Titles titles() {
    return new Axes.Titles(title, xLabel, yLabel);
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  static void checkSide(String name, int pixels) {
    if (pixels < 100 || pixels > 20000) {
      throw new IllegalArgumentException(
          "chart " + name + " " + pixels + " must be in [100, 20000] pixels");
    }
  }

  /**
   * Checks an axis range.
   *
   * @throws IllegalArgumentException if an end is not finite or min is not below max
   */
  static void checkRange(String axis, double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      throw new IllegalArgumentException(
          axis + " range [" + min + ", " + max + "] must be finite with min < max");
    }
  }
}
