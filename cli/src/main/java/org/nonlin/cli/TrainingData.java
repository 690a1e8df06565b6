package org.nonlin.cli;

import picocli.CommandLine.Option;

/** The {@code --data} option of the commands that train: train, lr-find and sweep. */
final class TrainingData {

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE|NAME",
      description = "Training data: a CSV/npz file, an MNIST folder, or a built-in name.")
  String data;
}
