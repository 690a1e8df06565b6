package org.nonlin.cli;

import java.nio.file.Path;
import org.nonlin.experiment.ExperimentResult;

/** Draws an experiment's pictures. */
final class Pictures {

  private Pictures() {}

  static void draw(ExperimentResult result, Path folder) {
    // Pictures arrive with the plot module.
    if (result == null || folder == null) {
      throw new IllegalArgumentException("nothing to draw");
    }
  }
}
