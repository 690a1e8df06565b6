package org.nonlin.tune;

/**
 * One point of a range test's curve.
 *
 * @param iteration gradient steps taken when the loss was measured
 * @param learningRate the rate of the step the point belongs to
 * @param loss the raw loss: a batch's loss, or the mean validation loss
 * @param smoothedLoss the loss after smoothing; equal to {@code loss} for validation points
 */
public record RangePoint(long iteration, double learningRate, double loss, double smoothedLoss) {}
