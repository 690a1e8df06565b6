package org.nonlin.ensemble;

import java.util.Locale;

/** How a bagging ensemble combines its members' answers. */
public enum VoteRule {
  /**
   * Soft voting: average the members' probabilities, {@code P[r, c] = (1/M) Σ_m P_m[r, c]}, and
   * predict {@code argmax_c P[r, c]} (ties to the lowest index).
   */
  SOFT,
  /**
   * Hard voting: each member votes for its predicted class and the plurality wins; {@code
   * probabilities} are the vote shares. Classes with equally many votes are separated by the mean
   * probability of the soft vote, then by the lowest index.
   */
  HARD;

  /** The lower-case name used in ensemble files and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code soft} or {@code hard}. */
  public static VoteRule parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (VoteRule rule : values()) {
      if (rule.label().equals(t)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "vote rule '" + text + "' is not known; expected soft or hard");
  }
}
