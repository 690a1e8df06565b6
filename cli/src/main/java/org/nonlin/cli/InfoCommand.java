package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.nonlin.io.Json;
import org.nonlin.model.Model;
import org.nonlin.model.ModelFiles;
import org.nonlin.nn.Architecture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nonlin info MODEL}: what a model file holds. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Show what a model file holds: architecture, training settings, data, version.")
final class InfoCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A model file written by train.")
  Path model;

  @Option(names = "--json", description = "Print the description as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Model m = ModelFiles.load(model);
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> meta = ModelFiles.describe(m);
    if (json) {
      out.println(Json.write(meta));
      return ErrorReporter.OK;
    }
    Architecture arch = m.network().architecture();
    out.println("model         " + model);
    out.println("architecture  " + arch);
    out.println("parameters    " + arch.parameterCount());
    out.println("precision     " + m.network().precision().label());
    out.println("inputs        " + arch.inputs() + " features");
    out.println(
        "classes       "
            + (m.classNames().isEmpty() ? "(regression)" : String.join(", ", m.classNames())));
    out.println("normalisation " + m.normalizer().method().jsonName());
    out.println("encoding      " + (m.encoding().isEmpty() ? "none" : "CSV table encoding"));
    out.println("version       nonlin " + meta.get("library_version"));
    out.println("training:");
    for (Map.Entry<String, Object> e : m.training().entrySet()) {
      out.printf("  %-20s %s%n", e.getKey(), Json.write(e.getValue()));
    }
    return ErrorReporter.OK;
  }
}
