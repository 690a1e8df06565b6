package org.nonlin.data;

/**
 * A training part and a test part of one data set.
 *
 * @param train rows to learn from
 * @param test rows held out for the final measurement
 */
public record Split(Dataset train, Dataset test) {}
