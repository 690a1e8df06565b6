package org.nonlin.cli;

import picocli.CommandLine.Option;

/** How to read a CSV file: shared by every command that reads one. */
final class DataOptions {

  @Option(
      names = "--label",
      paramLabel = "COLUMN",
      description = "Label column of a CSV file, by name or 0-based index (default: the last).")
  String label;

  @Option(
      names = "--header",
      paramLabel = "yes|no|auto",
      description = "Whether a CSV file's first row names the columns (default: ${DEFAULT-VALUE}).")
  String header = "auto";

  @Option(
      names = "--missing",
      paramLabel = "drop|impute",
      description =
          "What to do with rows holding missing values ('?', empty, NA): drop them, or impute the"
              + " training mean (numeric) or most frequent value (categorical)"
              + " (default: ${DEFAULT-VALUE}).")
  String missing = "impute";
}
