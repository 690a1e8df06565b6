package org.nonlin.cli;

import java.util.List;
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
      names = "--numeric",
      split = ",",
      paramLabel = "COLUMN",
      description =
          "Columns that must be numeric (a text value in them is an error instead of making the"
              + " column categorical), by name or 0-based index.")
  List<String> numeric;

  @Option(
      names = "--categorical",
      split = ",",
      paramLabel = "COLUMN",
      description = "Columns to one-hot encode even when their values look like numbers.")
  List<String> categorical;

  @Option(
      names = "--missing",
      paramLabel = "drop|impute",
      description =
          "What to do with rows holding missing values ('?', empty, NA): drop them, or impute the"
              + " training mean (numeric) or most frequent value (categorical)"
              + " (default: ${DEFAULT-VALUE}).")
  String missing = "impute";
}
