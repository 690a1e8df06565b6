package org.nonlin.ensemble;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nonlin.data.io.NdArray;
import org.nonlin.data.io.Npz;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.JsonFields;
import org.nonlin.model.ArchiveFiles;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;

/**
 * One ensemble member in an ensemble file: its entry in {@code ensemble.json} and its parameter
 * arrays, stored as {@code <name>/W1.npy}, {@code <name>/B1.npy}, ... Network members keep their
 * precision, so their predictions after loading are bit-identical.
 */
final class MemberCodec {

  static final String NETWORK = "network";
  static final String CONSTANT = "constant";

  private MemberCodec() {}

  /**
   * The JSON entry of {@code member}, stored under {@code name}.
   *
   * @throws IllegalArgumentException when the member is neither a network nor a constant learner
   */
  static Map<String, Object> describe(Classifier member, String name) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", name);
    if (member instanceof NetworkClassifier classifier) {
      Network network = classifier.network();
      entry.put("type", NETWORK);
      entry.put("architecture", network.architecture().toString());
      entry.put("precision", network.precision().label());
      entry.put("parameters", new ArrayList<Object>(network.parameterNames()));
    } else if (member instanceof ConstantClassifier constant) {
      entry.put("type", CONSTANT);
      entry.put("class", constant.label());
    } else {
      throw new IllegalArgumentException(
          "member "
              + name
              + " is a "
              + member.getClass().getSimpleName()
              + "; only network and constant members can be saved");
    }
    return entry;
  }

  /** The parameter arrays of {@code member} by entry name without {@code .npy}, in order. */
  static Map<String, NdArray> arrays(Classifier member, String name) {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    if (member instanceof NetworkClassifier classifier) {
      Network network = classifier.network();
      List<Matrix> params = network.parameters();
      List<String> names = network.parameterNames();
      for (int i = 0; i < params.size(); i++) {
        arrays.put(name + "/" + names.get(i), ArchiveFiles.toArray(params.get(i)));
      }
    }
    return arrays;
  }

  /**
   * Reads back the member {@link #describe} wrote.
   *
   * @param file the ensemble file, which holds the member's arrays
   * @throws DataFormatException when the entry is not a member this library writes
   * @throws IllegalArgumentException when shapes or values do not fit
   */
  static Classifier read(Map<String, Object> entry, int inputs, int numClasses, Path file)
      throws IOException {
    String name = JsonFields.string(entry, "name");
    String type = JsonFields.string(entry, "type");
    if (type.equals(CONSTANT)) {
      return new ConstantClassifier(inputs, numClasses, JsonFields.integer(entry, "class"));
    }
    if (!type.equals(NETWORK)) {
      throw new DataFormatException(
          file,
          0,
          "type",
          type,
          "member " + name + " has type '" + type + "'; expected network or constant",
          null);
    }
    Architecture arch = Architecture.parse(JsonFields.string(entry, "architecture"));
    Precision precision = Precision.parse(JsonFields.string(entry, "precision"));
    List<Matrix> params = new ArrayList<>();
    for (String parameter : JsonFields.strings(entry, "parameters")) {
      String what = name + "/" + parameter;
      params.add(ArchiveFiles.toMatrix(Npz.read(file, what), precision, file, what));
    }
    return NetworkClassifier.of(Network.of(arch, precision, params));
  }
}
