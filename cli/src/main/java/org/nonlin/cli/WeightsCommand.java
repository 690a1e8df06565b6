package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nonlin.data.Normalizer;
import org.nonlin.model.CourseWeights;
import org.nonlin.model.Model;
import org.nonlin.model.ModelFiles;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.nn.Output;
import org.nonlin.tensor.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nonlin weights export|import}: moves weights between model files and the course's layout
 * of one {@code layerN.npz} per layer with arrays {@code weights} and {@code bias}.
 */
@Command(
    name = "weights",
    mixinStandardHelpOptions = true,
    description =
        "Export a model's weights as the course's layer1.npz, layer2.npz, ... (arrays 'weights'"
            + " (in, out) and 'bias' (1, out)), or import such files into a model.",
    subcommands = {WeightsCommand.Export.class, WeightsCommand.Import.class})
final class WeightsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code nonlin weights export}. */
  @Command(name = "export", mixinStandardHelpOptions = true, description = "Model to layer files.")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Model file.")
    Path model;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Folder for the layer files, created if missing.")
    Path out;

    @Override
    public Integer call() throws IOException {
      Model m = ModelFiles.load(model);
      Files.createDirectories(out);
      CourseWeights.export(m.network(), out);
      spec.commandLine()
          .getOut()
          .println(
              "wrote layer1.npz .. layer"
                  + m.network().architecture().depth()
                  + ".npz to "
                  + out
                  + " (features are expected "
                  + m.normalizer().method().jsonName()
                  + " normalised)");
      return ErrorReporter.OK;
    }
  }

  /** {@code nonlin weights import}. */
  @Command(name = "import", mixinStandardHelpOptions = true, description = "Layer files to model.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--arch", required = true, paramLabel = "SPEC", description = "Architecture.")
    String arch;

    @Option(
        names = "--weights",
        required = true,
        paramLabel = "DIR",
        description = "Folder holding layer1.npz, layer2.npz, ...")
    Path weights;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file.")
    Path out;

    @Option(
        names = "--precision",
        paramLabel = "float32|float64",
        description = "Precision of the model (default: ${DEFAULT-VALUE}).")
    String precision = "float32";

    @Override
    public Integer call() throws IOException {
      Outputs.requireWritable(out);
      Architecture architecture = Architecture.parse(arch);
      Network network = CourseWeights.load(weights, architecture, Precision.parse(precision));
      List<String> features = new ArrayList<>();
      for (int i = 1; i <= architecture.inputs(); i++) {
        features.add("x" + i);
      }
      Model model =
          new Model(
              network,
              Normalizer.identity(architecture.inputs()),
              features,
              classNames(architecture),
              Map.of(),
              Map.of("imported_from", weights.toString()));
      ModelFiles.save(model, out);
      spec.commandLine().getOut().println("wrote " + out + " (" + architecture + ")");
      return ErrorReporter.OK;
    }

    private static List<String> classNames(Architecture architecture) {
      List<String> names = new ArrayList<>();
      if (architecture.output() == Output.IDENTITY) {
        return names;
      }
      int k = architecture.outputs() == 1 ? 2 : architecture.outputs();
      for (int c = 0; c < k; c++) {
        names.add(String.valueOf(c));
      }
      return names;
    }
  }
}
