package org.nonlin.ensemble;

import java.util.Objects;

/**
 * How {@link BalancedBagging#train} builds its ensemble.
 *
 * @param members number of member networks M, at least 1
 * @param vote how the members' answers are combined
 * @param seed seeds every member's sample, initial weights and training
 * @param threads members trained at once, at least 1; the result does not depend on it
 */
public record BaggingOptions(int members, VoteRule vote, long seed, int threads) {

  /** Default number of members. */
  public static final int DEFAULT_MEMBERS = 10;

  /** Validates the counts. */
  public BaggingOptions {
    if (members < 1) {
      throw new IllegalArgumentException("number of members " + members + " must be >= 1");
    }
    Objects.requireNonNull(vote, "vote");
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be >= 1");
    }
  }

  /** {@link #DEFAULT_MEMBERS} members, soft voting, one thread. */
  public static BaggingOptions defaults(long seed) {
    return new BaggingOptions(DEFAULT_MEMBERS, VoteRule.SOFT, seed, 1);
  }
}
