package org.nonlin.imbalance;

/**
 * Which way a sampler may move a class size: a {@link TargetRatio} turns class counts into target
 * counts differently for each.
 */
public enum Direction {
  /** Classes may only shrink: samples are removed or replaced by fewer (under-sampling). */
  UNDER,
  /** Classes may only grow: samples are repeated or synthesised (over-sampling). */
  OVER,
  /** Classes may shrink or grow, meeting at targets that keep the total number of rows. */
  BOTH
}
