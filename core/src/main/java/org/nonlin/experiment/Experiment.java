package org.nonlin.experiment;

/** A reproducible study from the chapter: a set of runs and the table they produce. */
public interface Experiment {

  /** The name used on the command line, e.g. {@code xor-hidden}. */
  String name();

  /** One line saying what the experiment shows and what the course reports. */
  String description();

  /** Runs every configuration and returns the table with the trained runs. */
  ExperimentResult run(ExperimentOptions options);
}
