package org.nonlin.gradcheck;

/**
 * The chapter's reading of a gradient-check distance {@code diff} (section 1.4.3.2):
 *
 * <ul>
 *   <li>{@code diff > 1e-2}: {@link #WRONG}, the gradient is certainly wrong;
 *   <li>{@code 1e-4 < diff <= 1e-2}: {@link #SUSPICIOUS}, look into it;
 *   <li>{@code 1e-7 <= diff <= 1e-4}: {@link #ACCEPTABLE} when the network has a non-smooth
 *       activation (ReLU, leaky ReLU), whose kinks a finite difference may straddle; {@link
 *       #SUSPICIOUS} when every function is smooth (sigmoid, tanh, identity, softmax), where the
 *       chapter calls such a value too high;
 *   <li>{@code diff < 1e-7}: {@link #CORRECT}.
 * </ul>
 *
 * <p>A NaN or infinite diff is {@link #WRONG}. The chapter adds that errors accumulate with depth
 * (about 1e-2 may be fine for a ten-layer net); these bands do not relax with depth, so read a deep
 * net's {@link #SUSPICIOUS} with that in mind.
 */
public enum Verdict {
  /** {@code diff < 1e-7}. */
  CORRECT("correct"),
  /** {@code 1e-7 <= diff <= 1e-4} in a network with a non-smooth activation. */
  ACCEPTABLE("acceptable"),
  /** {@code 1e-4 < diff <= 1e-2}, or {@code 1e-7 <= diff <= 1e-4} in a smooth network. */
  SUSPICIOUS("suspicious"),
  /** {@code diff > 1e-2}, NaN or infinite. */
  WRONG("wrong");

  /** A diff above this is {@link #WRONG}. */
  public static final double WRONG_ABOVE = 1e-2;

  /** A diff above this (and at most {@link #WRONG_ABOVE}) is {@link #SUSPICIOUS}. */
  public static final double SUSPICIOUS_ABOVE = 1e-4;

  /** A diff below this is {@link #CORRECT}. */
  public static final double CORRECT_BELOW = 1e-7;

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /**
   * The band {@code diff} falls in, as described on this class.
   *
   * @param diff a relative distance, normally in [0, 1]
   * @param smooth true when every activation of the network is differentiable everywhere
   */
  public static Verdict of(double diff, boolean smooth) {
    if (!(diff <= WRONG_ABOVE)) {
      return WRONG;
    }
    if (diff > SUSPICIOUS_ABOVE) {
      return SUSPICIOUS;
    }
    if (diff >= CORRECT_BELOW) {
      return smooth ? SUSPICIOUS : ACCEPTABLE;
    }
    return CORRECT;
  }

  /** The lower-case name used in reports: correct, acceptable, suspicious or wrong. */
  public String label() {
    return label;
  }

  /**
   * True for {@link #CORRECT}, and for {@link #ACCEPTABLE} when {@code allowAcceptable}: the rule
   * the command line uses for its exit status.
   */
  public boolean passes(boolean allowAcceptable) {
    return this == CORRECT || (allowAcceptable && this == ACCEPTABLE);
  }
}
