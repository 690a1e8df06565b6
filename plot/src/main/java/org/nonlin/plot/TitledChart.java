package org.nonlin.plot;

/** What every builder-made chart keeps from its {@link ChartBuilder}: titles and size. */
abstract class TitledChart implements Chart {

  /** The title and axis labels. */
  final Axes.Titles titles;

  private final int width;
  private final int height;

  TitledChart(ChartBuilder<?> builder) {
    titles = builder.titles();
    width = builder.width;
    height = builder.height;
  }

  @Override
  public final int width() {
    return width;
  }

  @Override
  public final int height() {
    return height;
  }
}
