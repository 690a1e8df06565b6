package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nonlin.data.BuiltinData;
import org.nonlin.data.Dataset;
import org.nonlin.data.Split;
import org.nonlin.data.io.MnistFiles;
import org.nonlin.data.io.NpzDatasets;
import org.nonlin.model.Model;

/**
 * Resolves {@code --data FILE|NAME} to data: a built-in set by name, a folder of MNIST IDX files, a
 * NumPy {@code .npz} file with arrays {@code data} and {@code label}, or a CSV file (anything
 * else).
 */
final class DataSources {

  private DataSources() {}

  /** Training data and, where there is one, test data. */
  static Loaded forTraining(String data, String test, DataOptions csv, long seed)
      throws IOException {
    BuiltinData.Entry builtin = BuiltinData.find(data);
    if (builtin != null) {
      Split split = builtin.load(seed);
      Dataset testPart = test == null ? split.test() : readPlain(test, csv, seed);
      return new Loaded(new Split(split.train(), testPart), Map.of(), builtin.name());
    }
    Path path = existing(data);
    if (Files.isDirectory(path)) {
      Split split = MnistFiles.read(path);
      Dataset testPart = test == null ? split.test() : readPlain(test, csv, seed);
      return new Loaded(new Split(split.train(), testPart), Map.of(), path.toString());
    }
    if (isNpz(path)) {
      Dataset train = NpzDatasets.read(path);
      Dataset testPart = test == null ? null : readPlain(test, csv, seed);
      return new Loaded(new Split(train, testPart), Map.of(), path.toString());
    }
    return CsvSources.forTraining(path, test == null ? null : existing(test), csv);
  }

  /**
   * Labelled data to evaluate {@code model} on: CSV files go through the model's own encoding;
   * other sources are read as they are.
   */
  static Dataset labelled(Model model, String data, DataOptions csv, long seed) throws IOException {
    if (usesEncoding(model, data)) {
      return CsvSources.labelled(model, Path.of(data), csv);
    }
    return readPlain(data, csv, seed);
  }

  /** Raw feature rows for {@code model} to predict; a CSV file may lack the label column. */
  static float[] features(Model model, String data, DataOptions csv, long seed) throws IOException {
    if (usesEncoding(model, data)) {
      return CsvSources.features(model, Path.of(data), csv);
    }
    return readPlain(data, csv, seed).featureArray();
  }

  private static boolean usesEncoding(Model model, String data) {
    if (model.encoding().isEmpty() || BuiltinData.find(data) != null) {
      return false;
    }
    Path path = existing(data);
    return !isNpz(path) && !Files.isDirectory(path);
  }

  private static Dataset readPlain(String data, DataOptions csv, long seed) throws IOException {
    BuiltinData.Entry builtin = BuiltinData.find(data);
    if (builtin != null) {
      return builtin.load(seed).test();
    }
    Path path = existing(data);
    if (Files.isDirectory(path)) {
      return MnistFiles.read(path).test();
    }
    if (isNpz(path)) {
      return NpzDatasets.read(path);
    }
    return CsvSources.readStandalone(path, csv);
  }

  private static boolean isNpz(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz");
  }

  private static Path existing(String data) {
    Path path = Path.of(data);
    if (!Files.exists(path)) {
      List<String> names = new ArrayList<>();
      for (BuiltinData.Entry e : BuiltinData.all()) {
        names.add(e.name());
      }
      throw new UserError(
          "data '" + data + "' is neither a file nor a built-in data set",
          "check the path, or use one of " + String.join(", ", names) + " (nonlin datasets)");
    }
    return path;
  }
}
