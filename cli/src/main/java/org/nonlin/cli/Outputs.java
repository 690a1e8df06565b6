package org.nonlin.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on output paths, made before any work so that a long run cannot fail at its end. */
final class Outputs {

  private Outputs() {}

  /** Fails with a clear message when {@code file}'s directory is missing or is a file. */
  static void requireWritable(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserError(
          "output directory " + parent + " for " + file + " does not exist",
          "create it first (mkdir -p " + parent + ") or choose another path");
    }
    if (Files.isDirectory(file)) {
      throw new UserError(
          "output path " + file + " is a directory", "give a file name inside it instead");
    }
  }
}
