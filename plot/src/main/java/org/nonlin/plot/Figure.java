package org.nonlin.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several charts side by side in a grid of equal panels, filled row by row, under an optional
 * title: e.g. "Z1 at epoch 20" next to "A1 at epoch 20", or the pairwise projections of a
 * three-unit hidden layer. A figure is itself a chart, so figures nest.
 *
 * <p>Alone, each panel is as large as the largest panel's own size, unless a panel size is given.
 */
public final class Figure implements Chart {

  private final String title;
  private final List<Chart> panels;
  private final int columns;
  private final int panelWidth;
  private final int panelHeight;

  private Figure(Builder b) {
    title = b.title;
    panels = List.copyOf(b.panels);
    columns = Math.min(b.columns, panels.size());
    int w = 0;
    int h = 0;
    for (Chart panel : panels) {
      w = Math.max(w, panel.width());
      h = Math.max(h, panel.height());
    }
    panelWidth = b.panelWidth > 0 ? b.panelWidth : w;
    panelHeight = b.panelHeight > 0 ? b.panelHeight : h;
  }

  /**
   * A builder for a figure with the given number of panels per row.
   *
   * @throws IllegalArgumentException if columns is below 1
   */
  public static Builder builder(int columns) {
    return new Builder(columns);
  }

  @Override
  public int width() {
    return columns * panelWidth;
  }

  @Override
  public int height() {
    return (int) Math.ceil(titleHeight() + rowCount() * panelHeight);
  }

  @Override
  public void draw(Canvas canvas, Box box) {
    if (!title.isEmpty()) {
      double baseline = box.y() + Theme.PAD + Theme.FIGURE_TITLE.capHeight();
      canvas.text(title, box.centerX(), baseline, Theme.FIGURE_TITLE);
    }
    double top = box.y() + titleHeight();
    double cellWidth = box.width() / columns;
    double cellHeight = (box.bottom() - top) / rowCount();
    for (int i = 0; i < panels.size(); i++) {
      Box cell =
          new Box(
              box.x() + (i % columns) * cellWidth,
              top + (i / columns) * cellHeight,
              cellWidth,
              cellHeight);
      panels.get(i).draw(canvas, cell);
      canvas.unclip();
    }
  }

  private int rowCount() {
    return (panels.size() + columns - 1) / columns;
  }

  private double titleHeight() {
    return title.isEmpty() ? 0 : Theme.PAD + Theme.lineHeight(Theme.FIGURE_TITLE);
  }

  /** Collects panels; {@link #build()} checks there is one at least. */
  public static final class Builder {

    private final int columns;
    private final List<Chart> panels = new ArrayList<>();
    private String title = "";
    private int panelWidth;
    private int panelHeight;

    private Builder(int columns) {
      if (columns < 1) {
        throw new IllegalArgumentException("figure columns " + columns + " must be >= 1");
      }
      this.columns = columns;
    }

    /** The title above all panels. */
    public Builder title(String text) {
      title = text == null ? "" : text;
      return this;
    }

    /** Adds the next panel, filling rows left to right. */
    public Builder panel(Chart chart) {
      panels.add(Objects.requireNonNull(chart, "chart"));
      return this;
    }

    /**
     * The size of every panel when the figure is drawn alone.
     *
     * @throws IllegalArgumentException if a side is below 100 or above 20000 pixels
     */
    public Builder panelSize(int width, int height) {
      ChartBuilder.checkSide("panel width", width);
      ChartBuilder.checkSide("panel height", height);
      panelWidth = width;
      panelHeight = height;
      return this;
    }

    /**
     * The figure.
     *
     * @throws IllegalArgumentException if no panel was added
     */
    public Figure build() {
      if (panels.isEmpty()) {
        throw new IllegalArgumentException("a figure needs at least one panel, got 0");
      }
      return new Figure(this);
    }
  }
}
