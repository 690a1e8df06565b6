package org.nonlin.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nonlin.Version;
import org.nonlin.data.Normalizer;
import org.nonlin.data.io.NdArray;
import org.nonlin.data.io.Npy;
import org.nonlin.data.io.Npz;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.InputFiles;
import org.nonlin.io.Json;
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
    byte[] meta = Json.writePretty(metadata(model)).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(
        file,
        out -> {
          ZipOutputStream zip = new ZipOutputStream(out);
          zip.putNextEntry(new ZipEntry(META));
          zip.write(meta);
          zip.closeEntry();
          for (int i = 0; i < params.size(); i++) {
            zip.putNextEntry(new ZipEntry(names.get(i) + ".npy"));
            Npy.write(zip, toArray(params.get(i)));
            zip.closeEntry();
          }
          zip.finish();
        });
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

  /** A parameter matrix as a NumPy array of the same precision and shape. */
  static NdArray toArray(Matrix m) {
    return m.precision() == Precision.FLOAT32
        ? NdArray.of(m.toFloatArray(), m.rows(), m.cols())
        : NdArray.of(m.toDoubleArray(), m.rows(), m.cols());
  }

  /**
   * Reads a model file.
   *
   * @throws DataFormatException when the file is not a nonlin model, is corrupt or truncated, or
   *     comes from a newer format version
   */
  public static Model load(Path file) throws IOException {
    InputFiles.requireFile(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(META);
      if (entry == null) {
        throw new DataFormatException(
            file, "not a nonlin model: no " + META + " inside", "pass a file written by train");
      }
      Map<String, Object> meta;
      try (InputStream in = zip.getInputStream(entry)) {
        meta =
            JsonFields.asObject(
                Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), META);
      }
      return fromMetadata(file, meta);
    } catch (ZipException e) {
      throw new DataFormatException(
          file, "not a nonlin model file (corrupt or truncated archive)", "train it again");
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, "invalid model: " + e.getMessage(), "train it again");
    }
  }

  @SuppressWarnings("unchecked")
  private static Model fromMetadata(Path file, Map<String, Object> meta) throws IOException {
    if (!FORMAT.equals(meta.get("format"))) {
      throw new DataFormatException(
          file, "not a nonlin model: format is " + meta.get("format"), null);
    }
    int version = JsonFields.integer(meta, "format_version");
    if (version > FORMAT_VERSION) {
      throw new DataFormatException(
          file,
          "model format version "
              + version
              + " is newer than this nonlin reads ("
              + FORMAT_VERSION
              + ")",
          "upgrade nonlin to read it");
    }
    Architecture arch = Architecture.parse(JsonFields.string(meta, "architecture"));
    Precision precision = Precision.parse(JsonFields.string(meta, "precision"));
    List<Matrix> params = new ArrayList<>();
    for (String name : JsonFields.strings(meta, "parameters")) {
      params.add(toMatrix(Npz.read(file, name), precision, file, name));
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

  /** A rank-2 NumPy array as a matrix of the given precision; other ranks are an error. */
  static Matrix toMatrix(NdArray array, Precision precision, Path file, String name) {
    if (array.rank() != 2) {
      throw new DataFormatException(
          file,
          "parameter "
              + name
              + " has shape "
              + NdArray.shapeText(array.shape())
              + "; expected a matrix",
          "train it again");
    }
    Matrix m = Matrix.zeros(precision, array.dim(0), array.dim(1));
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < m.cols(); c++) {
        m.set(r, c, array.getDouble(r * m.cols() + c));
      }
    }
    return m;
  }
}
