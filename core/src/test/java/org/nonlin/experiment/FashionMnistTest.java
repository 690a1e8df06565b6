package org.nonlin.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Split;
import org.nonlin.data.io.MnistFiles;
import org.nonlin.testing.Tolerances;

/**
 * The full-size Fashion-MNIST set from Debian's dataset-fashion-mnist package, which CI installs;
 * skipped where the package is absent.
 */
class FashionMnistTest {

  private static final Path FOLDER = Path.of("/usr/share/datasets/fashion-mnist");

  @Test
  void read_debianFolder_sixtyThousandTrainTenThousandTest() throws IOException {
    assumeTrue(Files.isDirectory(FOLDER), "dataset-fashion-mnist is not installed");

    Split split = MnistFiles.read(FOLDER);

    assertEquals(60_000, split.train().rows());
    assertEquals(10_000, split.test().rows());
    assertEquals(28 * 28, split.train().cols());
    assertEquals(10, split.train().numClasses());
  }

  @Test
  void mnistExperiment_oneEpochOnFashion_beatsSeventyFivePercent() {
    assumeTrue(Files.isDirectory(FOLDER), "dataset-fashion-mnist is not installed");

    ExperimentRow row =
        new MnistExperiment(FOLDER).run(new ExperimentOptions(Tolerances.SEED, 1, 1)).rows().get(0);

    // one epoch of the chapter's 784-64-16-10 reaches about 0.82 (chance 0.1; 40 epochs ~0.87)
    assertTrue(row.testAccuracy() >= 0.75, "test accuracy " + row.testAccuracy());
  }
}
