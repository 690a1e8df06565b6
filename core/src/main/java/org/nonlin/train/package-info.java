/**
 * Training: the mini-batch loop ({@link org.nonlin.train.Trainer}), its configuration, the history
 * it records at checkpoints, the listeners that receive it, and the stop rules. Learning-rate
 * schedules live in {@code org.nonlin.train.schedule}.
 */
package org.nonlin.train;
