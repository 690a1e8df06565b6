package org.nonlin.tune;

import java.util.Locale;

/** Which loss a range test records against the rising learning rate. */
public enum LossSource {
  /**
   * The loss of each training batch, measured before that batch's step and smoothed by an
   * exponential moving average with bias correction; one point per step.
   */
  TRAINING,
  /**
   * The mean loss over the whole validation set after each held block of steps (after every step
   * for the continuous sweeps); one point per block, not smoothed.
   */
  VALIDATION;

  /** The lower-case name used in files: {@code training} or {@code validation}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
