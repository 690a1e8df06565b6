package org.nonlin.cli;

import java.io.PrintWriter;
import org.nonlin.data.BuiltinData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nonlin datasets}: the built-in data sets and what they are. */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    description = "List the built-in data sets that --data accepts by name.")
final class DatasetsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Table table = new Table("name", "description");
    for (BuiltinData.Entry entry : BuiltinData.all()) {
      table.row(entry.name(), entry.description());
    }
    out.print(table);
    out.println();
    out.println("Files: --data PATH reads CSV (.csv, .data, .test, .txt), NumPy (.npz with arrays");
    out.println("'data' and 'label'), or a folder holding the four MNIST IDX files.");
  }
}
