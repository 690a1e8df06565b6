package org.nonlin.plot;

import java.awt.Color;

/**
 * Sequential colour scales for heat maps: a value's position t in [0, 1] along the scale's range
 * picks a colour by linear interpolation between anchor colours spaced evenly along [0, 1].
 */
public enum ColorScale {

  /** White to dark blue, ColorBrewer's 9-class "Blues" (Brewer, colorbrewer2.org). */
  BLUES(0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B),

  /**
   * Dark purple to yellow, perceptually uniform and readable by colour-blind readers: matplotlib's
   * "viridis" (van der Walt and Smith, 2015) sampled at t = 0, 0.1, ..., 1.
   */
  VIRIDIS(
      0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151,
      0xBDDF26, 0xFDE725);

  private final Color[] anchors;

  ColorScale(int... rgb) {
    anchors = new Color[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      anchors[i] = new Color(rgb[i]);
    }
  }

  /**
   * The colour at position t.
   *
   * @param t position along the scale, clamped to [0, 1]; NaN gives the colour at 0
   */
  public Color at(double t) {
    double clamped = t > 0 ? Math.min(1, t) : 0;
    double position = clamped * (anchors.length - 1);
    int low = Math.min((int) position, anchors.length - 2);
    return Palette.mix(anchors[low], anchors[low + 1], position - low);
  }
}
