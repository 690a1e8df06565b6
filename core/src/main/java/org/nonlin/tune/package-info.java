/**
 * Choosing the learning rate and the batch size, as the chapter's section on them does: the
 * learning-rate range test of Leslie N. Smith (2015) with its three rate sweeps and three
 * suggestion rules ({@link org.nonlin.tune.RangeTest}), and sweeps that train one configuration
 * over a grid of (learning rate, batch size) settings from the same initial weights ({@link
 * org.nonlin.tune.Sweep}). Results are data (curves, tables, matrices, JSON-ready maps, CSV text);
 * drawing them belongs to the command line. Training itself lives in {@code org.nonlin.train}.
 */
package org.nonlin.tune;
