package org.nonlin.cli;

import java.nio.file.Path;

/** Draws evaluate's pictures. */
final class EvaluationPictures {

  private EvaluationPictures() {}

  static void draw(Evaluation evaluation, Path folder) {
    throw new UserError(
        "--plots is not available yet for " + evaluation.labels().length + " rows in " + folder,
        "leave out --plots");
  }
}
