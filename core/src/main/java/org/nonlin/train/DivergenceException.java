package org.nonlin.train;

/**
 * Thrown when the loss of a batch becomes NaN or infinite: the learning rate is usually too high.
 * The message names the epoch, the batch and the last finite loss.
 */
public final class DivergenceException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  private final int epoch;
  private final int batch;
  private final double lastFiniteLoss;

  /**
   * @param epoch 1-based epoch in which the loss diverged
   * @param batch 1-based batch within that epoch
   * @param loss the non-finite loss
   * @param lastFiniteLoss the last finite batch loss, NaN if there was none
   * @param learningRate the rate of the diverging step
   */
  public DivergenceException(
      int epoch, int batch, double loss, double lastFiniteLoss, double learningRate) {
    super(
        "training diverged at epoch "
            + epoch
            + ", batch "
            + batch
            + ": loss "
            + loss
            + " (last finite loss "
            + lastFiniteLoss
            + ", learning rate "
            + learningRate
            + "); lower the learning rate or normalise the features");
    this.epoch = epoch;
    this.batch = batch;
    this.lastFiniteLoss = lastFiniteLoss;
  }

  /** The 1-based epoch of the diverging batch. */
  public int epoch() {
    return epoch;
  }

  /** The 1-based batch within the epoch. */
  public int batch() {
    return batch;
  }

  /** The last finite batch loss, NaN if there was none. */
  public double lastFiniteLoss() {
    return lastFiniteLoss;
  }
}
