package org.nonlin.tune;

import java.util.Locale;

/** Why a range test ended. */
public enum RangeStop {
  /** The sweep reached its last rate. */
  END_REACHED,
  /**
   * The (smoothed) loss rose above {@link RangeTestConfig#divergenceFactor} times the best one
   * seen.
   */
  DIVERGED,
  /** A loss became NaN or infinite; that point is not recorded. */
  NON_FINITE;

  /** The lower-case name used in files, e.g. {@code end_reached}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
