package org.nonlin.plot;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/** The one font family the charts use, and its metrics, shared by both canvases. */
final class Fonts {

  /** Java2D's logical sans-serif font, which is DejaVu Sans on Debian. */
  static final String JAVA_FAMILY = Font.SANS_SERIF;

  /** The same font named for SVG viewers, with similar fallbacks. */
  static final String SVG_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif";

  /** Anti-aliased, fractional metrics: the hints {@link Java2dCanvas} draws with. */
  private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

  private Fonts() {}

  /** The Java2D font of the style. */
  static Font font(TextStyle style) {
    return new Font(JAVA_FAMILY, style.bold() ? Font.BOLD : Font.PLAIN, 1)
        .deriveFont((float) style.size());
  }

  /** Advance width of the text in pixels. */
  static double width(String text, TextStyle style) {
    return font(style).getStringBounds(text, METRICS).getWidth();
  }

  /** How far the anchor lies from the start of the text for the style's alignment. */
  static double anchorOffset(String text, TextStyle style) {
    return switch (style.align()) {
      case START -> 0;
      case MIDDLE -> width(text, style) / 2;
      case END -> width(text, style);
    };
  }
}
