package org.nonlin.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.data.io.NdArray;
import org.nonlin.data.io.Npz;
import org.nonlin.io.DataFormatException;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.testing.Tolerances;

class CourseWeightsTest {

  @TempDir Path dir;

  @Test
  void exportThenLoad_threeLayers_sameParametersAndCourseShapes() throws IOException {
    // given
    Architecture arch = Architecture.parse("7-16sigmoid-12tanh-10softmax");
    Network network = Network.create(arch, Initializer.XAVIER, Precision.FLOAT32, Tolerances.SEED);

    // when
    CourseWeights.export(network, dir);
    Network loaded = CourseWeights.load(dir, arch, Precision.FLOAT32);

    // then: layer2.npz holds weights (16, 12) and bias (1, 12), as the course saves them
    NdArray w2 = Npz.read(dir.resolve("layer2.npz"), "weights");
    NdArray b2 = Npz.read(dir.resolve("layer2.npz"), "bias");
    assertArrayEquals(new int[] {16, 12}, w2.shape());
    assertArrayEquals(new int[] {1, 12}, b2.shape());
    for (int i = 0; i < network.parameters().size(); i++) {
      assertArrayEquals(
          network.parameters().get(i).toFloatArray(), loaded.parameters().get(i).toFloatArray());
    }
  }

  @Test
  void load_missingLayerFile_namesIt() throws IOException {
    // given: a 2-layer export loaded as a 3-layer architecture
    Network two =
        Network.create(
            Architecture.parse("2-3tanh-1logistic"), Initializer.XAVIER, Precision.FLOAT32, 1);
    CourseWeights.export(two, dir);
    Architecture three = Architecture.parse("2-3tanh-3tanh-1logistic");

    // when
    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> CourseWeights.load(dir, three, Precision.FLOAT32));

    // then
    assertTrue(e.getMessage().contains("layer3.npz"), e.getMessage());
    assertEquals(2, Files.list(dir).count());
  }
}
