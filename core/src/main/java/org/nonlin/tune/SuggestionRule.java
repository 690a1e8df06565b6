package org.nonlin.tune;

import java.util.Locale;

/**
 * How a range test turns its curve into one suggested learning rate; {@link Suggestions} gives the
 * formulas.
 */
public enum SuggestionRule {
  /** The rate where the smoothed loss falls fastest against log10 of the rate. */
  STEEPEST,
  /** The rate of the lowest smoothed loss, divided by 10. */
  MINIMUM,
  /** Two thirds of the way down the longest descending stretch of the smoothed loss. */
  VALLEY;

  /**
   * The rule a range test uses unless told otherwise: the minimum rule, the steadiest of the three
   * on the chapter's problems. The steepest descent is drawn to whichever drop is sharpest, and
   * curves such as the 1-4-1 fit's have two (first the output bias finds the mean of y, later the
   * curve is fitted); the valley lies lower still, inside long early descents.
   */
  public static final SuggestionRule DEFAULT = MINIMUM;

  /** The lower-case name used on the command line and in files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code steepest}, {@code minimum} or {@code valley}, in any case.
   *
   * @throws IllegalArgumentException naming the text and the accepted names
   */
  public static SuggestionRule parse(String text) {
    for (SuggestionRule rule : values()) {
      if (rule.label().equalsIgnoreCase(text.strip())) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "suggestion rule '" + text + "' is not known; expected steepest, minimum or valley");
  }
}
