package org.nonlin.plot;

import java.awt.Color;

/** Sizes, fonts and greys shared by all charts, so that they look alike side by side. */
final class Theme {

  /** Empty space between a chart's box and anything drawn in it, in pixels. */
  static final double PAD = 10;

  /** Length of an axis tick mark, in pixels. */
  static final double TICK_LENGTH = 5;

  /** Default diameter of a marker, in pixels. */
  static final double MARKER_SIZE = 7;

  /** Text colour: nearly black. */
  static final Color INK = new Color(0x222222);

  /** Colour of tick labels and secondary text. */
  static final Color SOFT_INK = new Color(0x444444);

  static final TextStyle TITLE = new TextStyle(15, true, INK, TextStyle.Align.MIDDLE, false);
  static final TextStyle FIGURE_TITLE = TITLE.size(17);
  static final TextStyle LABEL = new TextStyle(13, false, INK, TextStyle.Align.MIDDLE, false);
  static final TextStyle TICK = new TextStyle(11, false, SOFT_INK, TextStyle.Align.MIDDLE, false);
  static final TextStyle LEGEND = new TextStyle(11, false, INK, TextStyle.Align.START, false);
  static final TextStyle CELL = new TextStyle(12, false, INK, TextStyle.Align.MIDDLE, false);

  static final Pen FRAME = Pen.solid(new Color(0x555555), 1);
  static final Pen GRID = Pen.solid(new Color(0xE3E3E3), 1);
  static final Pen GUIDE = Pen.dashed(new Color(0x777777), 1.2);
  static final Pen LINE = Pen.solid(Color.BLACK, 2);
  static final Pen MARKER_EDGE = Pen.solid(new Color(0x333333), 0.8);
  static final Pen WARPED_GRID = Pen.solid(new Color(0x9A9A9A), 0.8);

  private Theme() {}

  /** Height of one line of text in the style, with some leading. */
  static double lineHeight(TextStyle style) {
    return 1.25 * style.size();
  }
}
