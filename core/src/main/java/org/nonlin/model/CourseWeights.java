package org.nonlin.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nonlin.data.io.NdArray;
import org.nonlin.data.io.Npz;
import org.nonlin.io.DataFormatException;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;

/**
 * Weights in the layout the course saves its models in: one {@code .npz} file per layer, {@code
 * layer1.npz}, {@code layer2.npz}, ..., each holding {@code weights} with shape (inputs, outputs)
 * and {@code bias} with shape (1, outputs). Each file is written atomically.
 */
public final class CourseWeights {

  /** Array name of a layer's weights. */
  public static final String WEIGHTS = "weights";

  /** Array name of a layer's biases. */
  public static final String BIAS = "bias";

  private CourseWeights() {}

  /** The file of dense layer {@code l} (1-based) inside {@code folder}. */
  public static Path layerFile(Path folder, int l) {
    return folder.resolve("layer" + l + ".npz");
  }

  /** Writes every layer of {@code network} into {@code folder}, which must exist. */
  public static void export(Network network, Path folder) throws IOException {
    List<Matrix> params = network.parameters();
    for (int l = 0; l < params.size() / 2; l++) {
      Map<String, NdArray> arrays = new LinkedHashMap<>();
      arrays.put(WEIGHTS, ArchiveFiles.toArray(params.get(2 * l)));
      arrays.put(BIAS, ArchiveFiles.toArray(params.get(2 * l + 1)));
      Npz.write(layerFile(folder, l + 1), arrays);
    }
  }

  /**
   * Reads a network of {@code architecture} from the layer files in {@code folder}.
   *
   * @throws DataFormatException naming a missing layer file, a missing array or a shape that does
   *     not fit the architecture
   */
  public static Network load(Path folder, Architecture architecture, Precision precision)
      throws IOException {
    List<Matrix> params = new ArrayList<>();
    for (int l = 1; l <= architecture.depth(); l++) {
      Path file = layerFile(folder, l);
      if (!Files.isRegularFile(file)) {
        throw new DataFormatException(
            file,
            "layer file is missing; " + architecture + " has " + architecture.depth() + " layers",
            "export the weights with one layerN.npz per layer");
      }
      params.add(ArchiveFiles.toMatrix(Npz.read(file, WEIGHTS), precision, file, WEIGHTS));
      params.add(ArchiveFiles.toMatrix(Npz.read(file, BIAS), precision, file, BIAS));
    }
    try {
      return Network.of(architecture, precision, params);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(folder, e.getMessage(), "check --arch against the files");
    }
  }
}
