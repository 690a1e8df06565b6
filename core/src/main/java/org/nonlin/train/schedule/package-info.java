/**
 * Learning-rate schedules and batch-size scaling rules for the trainer.
 *
 * <p>What belongs here: {@link org.nonlin.train.schedule.LearningRateSchedule}, the pure function
 * from step to learning rate, and its implementations (the chapter's fixed, step, multistep, exp,
 * inv and poly policies, Caffe's sigmoid, cosine annealing, one-cycle, linear warm-up, and the
 * scale, cap and per-epoch wrappers); {@link org.nonlin.train.schedule.Schedules}, which reads
 * their compact text form; and {@link org.nonlin.train.schedule.BatchScaling}, the rules that adapt
 * a rate to a new batch size. What does not: optimizers, which consume a rate, and the trainer,
 * which asks for the rate once per iteration or epoch and logs it.
 *
 * <p>Wiring, for the trainer:
 *
 * <pre>{@code
 * LearningRateSchedule schedule =
 *     BatchScaling.parse("linear:cap=1").apply(Schedules.parse(text), 128, batchSize);
 * long t = schedule.unit() == ScheduleUnit.EPOCH ? epoch : iteration;
 * double learningRate = schedule.rate(t);
 * if (schedule.changesAt(t)) { log the new rate }
 * }</pre>
 */
package org.nonlin.train.schedule;
