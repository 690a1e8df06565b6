package org.nonlin.plot;

import java.awt.Color;

/**
 * Colours for series and classes, distinguishable with the common colour-vision deficiencies: the
 * Okabe-Ito palette (Okabe and Ito, "Color Universal Design", 2008), with the yellow last because
 * it is hard to see on white. Classes also differ by marker shape, so that a picture printed in
 * grey still reads.
 */
public final class Palette {

  private static final Color[] COLORS = {
    new Color(0x0072B2), // blue
    new Color(0xD55E00), // vermillion
    new Color(0x009E73), // bluish green
    new Color(0xCC79A7), // reddish purple
    new Color(0xE69F00), // orange
    new Color(0x56B4E9), // sky blue
    new Color(0x000000), // black
    new Color(0xF0E442), // yellow
  };

  private static final Marker[] MARKERS = Marker.values();

  /** Region colour of the negative class (0) in a binary decision map: light yellow. */
  public static final Color BINARY_NEGATIVE = new Color(0xFFEE99);

  /** Region colour of the positive class (1) in a binary decision map: light pink. */
  public static final Color BINARY_POSITIVE = new Color(0xF7B6CF);

  /** Colour of misclassified images and other warnings: vermillion, the palette's red. */
  public static final Color WARNING = COLORS[1];

  /** How much of a class colour is kept, the rest white, in a pastel region colour. */
  private static final double PASTEL_STRENGTH = 0.35;

  private Palette() {}

  /**
   * The colour of series or class {@code index}; the palette repeats after 8 colours.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public static Color color(int index) {
    checkIndex(index);
    return COLORS[index % COLORS.length];
  }

  /**
   * The marker of class {@code index}: shapes cycle one step each time the colours wrap around as
   * well as along the classes, so the first 40 classes all differ in colour or shape.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public static Marker marker(int index) {
    checkIndex(index);
    return MARKERS[(index + index / COLORS.length) % MARKERS.length];
  }

  /**
   * The colour of class {@code index}'s region in a decision map of {@code numClasses} classes:
   * yellow and pink ({@link #BINARY_NEGATIVE}, {@link #BINARY_POSITIVE}) for 2 classes, as the
   * chapter paints them, else a pastel of the class colour.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public static Color region(int index, int numClasses) {
    checkIndex(index);
    if (numClasses == 2 && index < 2) {
      return index == 0 ? BINARY_NEGATIVE : BINARY_POSITIVE;
    }
    return mix(Color.WHITE, color(index), PASTEL_STRENGTH);
  }

  /**
   * The colour {@code (1 - t) * from + t * to}, channel by channel, rounded; alpha is opaque.
   *
   * @param t weight of {@code to}, clamped to [0, 1]; NaN counts as 0
   */
  public static Color mix(Color from, Color to, double t) {
    double w = t > 0 ? Math.min(1, t) : 0;
    return new Color(
        channel(from.getRed(), to.getRed(), w),
        channel(from.getGreen(), to.getGreen(), w),
        channel(from.getBlue(), to.getBlue(), w));
  }

  /** Relative luminance in [0, 1] with the sRGB weights 0.2126, 0.7152, 0.0722 (ITU-R BT.709). */
  static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
  }

  private static int channel(int from, int to, double w) {
    return (int) Math.round(from + (to - from) * w);
  }

  private static void checkIndex(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("colour index " + index + " must be >= 0");
    }
  }
}
