package org.nonlin.train.schedule;

/**
 * What the step index of a {@link LearningRateSchedule} counts. The trainer reads it from {@link
 * LearningRateSchedule#unit()} and calls {@link LearningRateSchedule#rate(long)} with the matching
 * index, starting at 0.
 */
public enum ScheduleUnit {
  /** The step counts parameter updates (mini-batches); the default, as in Caffe. */
  ITERATION,
  /** The step counts passes over the training set; written {@code @epoch} after a schedule. */
  EPOCH
}
