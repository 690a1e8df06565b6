package org.nonlin.train;

/**
 * One row of the training history, taken every {@link TrainConfig#checkpointEpochs} epochs.
 *
 * @param epoch epochs completed, possibly fractional (0.5 after half an epoch)
 * @param iteration gradient steps taken so far
 * @param learningRate the rate of the last step
 * @param trainLoss mean loss over the batches of the current epoch so far (data term only)
 * @param trainAccuracy accuracy over the same batches; NaN for regression
 * @param validationLoss mean loss over the whole validation set (data term only)
 * @param validationAccuracy accuracy over the validation set; NaN for regression
 * @param elapsedSeconds wall time since training started
 */
public record Checkpoint(
    double epoch,
    long iteration,
    double learningRate,
    double trainLoss,
    double trainAccuracy,
    double validationLoss,
    double validationAccuracy,
    double elapsedSeconds) {}
