package org.nonlin.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nonlin.Version;
import org.nonlin.data.Normalizer;
import org.nonlin.data.io.NdArray;
import org.nonlin.data.io.Npz;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.JsonFields;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;

/**
 * Reads and writes model files (format described in docs/MODEL_FORMAT.md): a ZIP archive holding
 * {@code model.json} (format version, library version, architecture, precision, normalisation,
 * names, encoding, training record) and one NumPy array per parameter, {@code W1.npy}, {@code
 * B1.npy}, ... NumPy's {@code np.load} opens the archive as an npz file. Writes are atomic.
 */
public final class ModelFiles {

  /** The format version this library writes; it reads this and every older one. */
  public static final int FORMAT_VERSION = 1;

  /** The value of the {@code format} key that marks a nonlin model. */
  public static final String FORMAT = "nonlin-model";

  static final String META = "model.json";

  private ModelFiles() {}

  /**
   * Writes {@code model} to {@code file} atomically: a failed write leaves any earlier file intact.
   */
  public static void save(Model model, Path file) throws IOException {
    Network network = model.network();
    List<Matrix> params = network.parameters();
    List<String> names = network.parameterNames();
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    for (int i = 0; i < params.size(); i++) {
      arrays.put(names.get(i), ArchiveFiles.toArray(params.get(i)));
    }
    ArchiveFiles.write(file, META, metadata(model), arrays);
  }

  /** The JSON-ready description of {@code model} that its file's {@code model.json} holds. */
  public static Map<String, Object> describe(Model model) {
    return metadata(model);
  }

  private static Map<String, Object> metadata(Model model) {
    Network network = model.network();
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", FORMAT);
    meta.put("format_version", FORMAT_VERSION);
    meta.put("library_version", Version.CURRENT);
    meta.put("architecture", network.architecture().toString());
    meta.put("precision", network.precision().label());
    meta.put("parameters", new ArrayList<Object>(network.parameterNames()));
    meta.put("normalization", model.normalizer().toMap());
    meta.put("feature_names", new ArrayList<Object>(model.featureNames()));
    meta.put("class_names", new ArrayList<Object>(model.classNames()));
    meta.put("encoding", model.encoding());
    meta.put("training", model.training());
    return meta;
  }

  /**
   * Reads a model file.
   *
   * @throws DataFormatException when the file is not a nonlin model, is corrupt or truncated, or
   *     comes from a newer format version
   */
  public static Model load(Path file) throws IOException {
    Map<String, Object> meta =
        ArchiveFiles.readDescription(file, META, "model", "pass a file written by train");
    try {
      return fromMetadata(file, meta);
    } catch (DataFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, "invalid model: " + e.getMessage(), "train it again");
    }
  }

  @SuppressWarnings("unchecked")
  private static Model fromMetadata(Path file, Map<String, Object> meta) throws IOException {
    ArchiveFiles.requireFormat(meta, FORMAT, FORMAT_VERSION, file, "model");
    Architecture arch = Architecture.parse(JsonFields.string(meta, "architecture"));
    Precision precision = Precision.parse(JsonFields.string(meta, "precision"));
    List<Matrix> params = new ArrayList<>();
    for (String name : JsonFields.strings(meta, "parameters")) {
      params.add(ArchiveFiles.toMatrix(Npz.read(file, name), precision, file, name));
    }
    Network network = Network.of(arch, precision, params);
    return new Model(
        network,
        Normalizer.fromMap(JsonFields.object(meta, "normalization")),
        JsonFields.strings(meta, "feature_names"),
        JsonFields.strings(meta, "class_names"),
        JsonFields.object(meta, "encoding"),
        JsonFields.object(meta, "training"));
  }
}
