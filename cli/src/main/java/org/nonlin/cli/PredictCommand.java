package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Decimals;
import org.nonlin.model.Model;
import org.nonlin.model.ModelFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nonlin predict}: one CSV line per sample with the class and its probabilities. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description =
        "Predict with a model: prints CSV with a header, one line per sample: the predicted class"
            + " and one probability column per class (p_<class>).")
final class PredictCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Model file.")
  Path model;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "Rows to predict, with or without the label column.")
  String data;

  @Option(
      names = "--out",
      paramLabel = "CSV",
      description = "Write the predictions to this file instead of standard output.")
  Path out;

  @Option(names = "--seed", description = "Seed for built-in data (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Mixin DataOptions dataOptions;

  @Override
  public Integer call() throws IOException {
    if (out != null) {
      Outputs.requireWritable(out);
    }
    Model m = ModelFiles.load(model);
    float[] x = DataSources.features(m, data, dataOptions, seed);
    int rows = x.length / m.network().architecture().inputs();
    float[] outputs = m.predict(x, rows);
    String csv = format(m, outputs, rows);
    if (out != null) {
      AtomicFiles.writeBytes(out, csv.getBytes(StandardCharsets.UTF_8));
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(csv);
    }
    return ErrorReporter.OK;
  }

  static String format(Model m, float[] outputs, int rows) {
    int width = outputs.length / rows;
    List<String> classes = m.classNames();
    StringBuilder sb = new StringBuilder();
    if (classes.isEmpty()) {
      for (int c = 0; c < width; c++) {
        sb.append(c == 0 ? "" : ",").append("y").append(c + 1);
      }
      sb.append('\n');
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < width; c++) {
          sb.append(c == 0 ? "" : ",").append(Decimals.format(outputs[r * width + c]));
        }
        sb.append('\n');
      }
      return sb.toString();
    }
    sb.append("class");
    for (String name : classes) {
      sb.append(",p_").append(name);
    }
    sb.append('\n');
    double[] p = new double[classes.size()];
    for (int r = 0; r < rows; r++) {
      probabilities(outputs, r, width, p);
      int best = 0;
      for (int c = 1; c < p.length; c++) {
        if (p[c] > p[best]) {
          best = c;
        }
      }
      if (width == 1) {
        best = p[1] >= 0.5 ? 1 : 0;
      }
      sb.append(Csv.quote(classes.get(best)));
      for (double v : p) {
        sb.append(',').append(Decimals.format((float) v));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Class probabilities of row r: (1 − p, p) for a one-unit logistic output. */
  static void probabilities(float[] outputs, int r, int width, double[] p) {
    if (width == 1) {
      double q = outputs[r];
      p[0] = 1 - q;
      p[1] = q;
      return;
    }
    for (int c = 0; c < width; c++) {
      p[c] = outputs[r * width + c];
    }
  }
}
