package org.nonlin.train;

/** Why a training run ended. */
public enum StopReason {
  /** The maximum number of epochs was reached. */
  MAX_EPOCHS,
  /** The validation loss fell to the stop loss {@code eps} at a checkpoint: converged. */
  LOSS_REACHED,
  /** The validation loss stopped improving for {@code patience} checkpoints. */
  EARLY_STOPPED
}
