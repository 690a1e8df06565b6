package org.nonlin.plot;

import java.awt.Color;
import java.util.Objects;

/**
 * How a piece of text is set: a sans-serif font of the given size, placed by its baseline.
 *
 * @param size font size in pixels, greater than 0
 * @param bold whether the font is bold
 * @param color colour of the text
 * @param align which part of the text sits at the anchor point: its start, middle or end
 * @param vertical whether the text reads bottom to top (rotated 90 degrees counter-clockwise)
 */
public record TextStyle(double size, boolean bold, Color color, Align align, boolean vertical) {

  /** Where the anchor point lies along the text. */
  public enum Align {
    /** The text starts at the anchor. */
    START,
    /** The text is centred on the anchor. */
    MIDDLE,
    /** The text ends at the anchor. */
    END
  }

  /**
   * Checks the style.
   *
   * @throws IllegalArgumentException if the size is not finite and greater than 0
   */
  public TextStyle {
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(align, "align");
    if (!(size > 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException("font size " + size + " must be finite and > 0");
    }
  }

  /** The same style with another alignment. */
  public TextStyle align(Align newAlign) {
    return new TextStyle(size, bold, color, newAlign, vertical);
  }

  /** The same style with another colour. */
  public TextStyle color(Color newColor) {
    return new TextStyle(size, bold, newColor, align, vertical);
  }

  /** The same style with another size. */
  public TextStyle size(double newSize) {
    return new TextStyle(newSize, bold, color, align, vertical);
  }

  /** The same style, bold or not. */
  public TextStyle bold(boolean newBold) {
    return new TextStyle(size, newBold, color, align, vertical);
  }

  /** The same style, read bottom to top or not. */
  public TextStyle vertical(boolean newVertical) {
    return new TextStyle(size, bold, color, align, newVertical);
  }

  /** Height of capital letters above the baseline, about 0.73 of the size for DejaVu Sans. */
  double capHeight() {
    return 0.73 * size;
  }
}
