package org.nonlin.cli;

import java.nio.file.Path;
import org.nonlin.data.Dataset;
import org.nonlin.model.Model;

final class CsvSources {
  private CsvSources() {}

  static Loaded forTraining(Path train, Path test, DataOptions csv) {
    throw new UserError("CSV pending " + train + test + csv, null);
  }

  static Dataset forScoring(Model model, Path file, DataOptions csv, boolean labelled) {
    throw new UserError("CSV pending " + model + file + csv + labelled, null);
  }

  static Dataset readStandalone(Path file, DataOptions csv) {
    throw new UserError("CSV pending " + file + csv, null);
  }
}
