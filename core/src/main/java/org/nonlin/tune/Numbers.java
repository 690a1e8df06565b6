package org.nonlin.tune;

import org.nonlin.io.Decimals;

/** How this package writes numbers into JSON-ready maps and CSV text. */
final class Numbers {

  private Numbers() {}

  /** The value itself, or null when it is NaN or infinite (JSON has no such numbers). */
  static Double json(double value) {
    return Double.isFinite(value) ? value : null;
  }

  /** The shortest decimal that reads back exactly, or an empty field for NaN and infinities. */
  static String csv(double value) {
    return Double.isFinite(value) ? Decimals.format(value) : "";
  }
}
