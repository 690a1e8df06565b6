package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nonlin.experiment.Runs;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Json;
import org.nonlin.plot.ColorScale;
import org.nonlin.plot.HeatMap;
import org.nonlin.plot.LineChart;
import org.nonlin.train.Checkpoint;
import org.nonlin.train.schedule.BatchScaling;
import org.nonlin.tune.Sweep;
import org.nonlin.tune.SweepConfig;
import org.nonlin.tune.SweepGrid;
import org.nonlin.tune.SweepMatrix;
import org.nonlin.tune.SweepResult;
import org.nonlin.tune.SweepRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nonlin sweep}: one configuration over a grid of learning rates and batch sizes. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description =
        "Train one configuration over a grid of learning rates and batch sizes, every run from the"
            + " same initial weights, on all cores. Writes sweep.csv (one row per run), curves.csv"
            + " (every validation curve), curves.png and accuracy.png (final validation accuracy"
            + " over the grid).")
final class SweepCommand implements Callable<Integer> {

  /** The batch size the rates of a grid are given for when scaling, as the chapter's grids. */
  static final int DEFAULT_BASE_BATCH = 128;

  @Spec CommandSpec spec;

  @Mixin TrainingData trainingData;

  @Option(
      names = "--grid",
      paramLabel = "NAME",
      description =
          "The chapter's grids: rates-b128 (batch 128, eta 0.2/0.3/0.5/0.8), batches-lr0.5 (eta"
              + " 0.5, batch 32/64/128/256), small-batches (batch 16/32, eta 0.1/0.3/0.5/0.7).")
  String grid;

  @Option(
      names = "--rates",
      split = ",",
      paramLabel = "ETA",
      description = "Learning rates of a custom grid, e.g. 0.1,0.3,0.5.")
  List<Double> rates;

  @Option(
      names = "--batches",
      split = ",",
      paramLabel = "N",
      description = "Batch sizes of a custom grid, e.g. 32,64,128.")
  List<Integer> batches;

  @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: cores).")
  int threads = Runs.defaultThreads();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the CSV files and pictures, created if missing (default: sweep).")
  Path out = Path.of("sweep");

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Mixin TrainingOptions training;

  @Mixin DataOptions dataOptions;

  @Override
  public Integer call() throws IOException {
    SweepGrid sweepGrid = grid();
    Prepared prepared = Prepared.of(trainingData.data, dataOptions, training);
    SweepConfig config =
        new SweepConfig(
            training.config(prepared.train()),
            BatchScaling.parse(training.scaling),
            training.baseBatch == null ? DEFAULT_BASE_BATCH : training.baseBatch);
    SweepResult result =
        Sweep.run(
            prepared.network(),
            prepared.train(),
            prepared.validation(),
            sweepGrid,
            config,
            threads);
    Files.createDirectories(out);
    AtomicFiles.writeBytes(
        out.resolve("sweep.csv"), result.tableCsv().getBytes(StandardCharsets.UTF_8));
    AtomicFiles.writeBytes(
        out.resolve("curves.csv"), result.curvesCsv().getBytes(StandardCharsets.UTF_8));
    Pictures.write(curves(result), out, "curves");
    Pictures.write(heatMap(result.accuracyMatrix()), out, "accuracy");
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(Json.write(result.toMap()));
      return ErrorReporter.OK;
    }
    Table table = new Table(SweepResult.TABLE_COLUMNS.toArray(new String[0]));
    for (List<Object> row : result.table()) {
      List<String> cells = new ArrayList<>();
      for (Object cell : row) {
        cells.add(
            cell instanceof Double d
                ? String.format(Locale.ROOT, "%.4g", d)
                : String.valueOf(cell));
      }
      table.row(cells.toArray());
    }
    stdout.print(table);
    stdout.println();
    stdout.println("Tables, curves and pictures in " + out);
    return ErrorReporter.OK;
  }

  private SweepGrid grid() {
    if (grid != null) {
      if (rates != null || batches != null) {
        throw new UserError(
            "--grid and --rates/--batches exclude each other", "give a named grid or your own");
      }
      return SweepGrid.preset(grid);
    }
    if (rates == null || batches == null) {
      throw new UserError(
          "sweep needs --grid NAME or both --rates and --batches",
          "e.g. --grid rates-b128, or --rates 0.1,0.5 --batches 32,128");
    }
    return SweepGrid.of("custom", rates, batches);
  }

  private static LineChart curves(SweepResult result) {
    LineChart.Builder chart =
        LineChart.builder()
            .title("Validation loss of every setting")
            .xLabel("epoch")
            .yLabel("validation loss");
    for (SweepRun run : result.runs()) {
      List<Checkpoint> history = run.history();
      double[] epoch = new double[history.size()];
      double[] loss = new double[history.size()];
      for (int i = 0; i < history.size(); i++) {
        epoch[i] = history.get(i).epoch();
        loss[i] = history.get(i).validationLoss();
      }
      if (epoch.length > 0) {
        chart.series(
            String.format(
                Locale.ROOT,
                "eta %s, batch %d%s",
                run.point().learningRate(),
                run.point().batchSize(),
                run.diverged() ? " (diverged)" : ""),
            epoch,
            loss);
      }
    }
    return chart.build();
  }

  private static HeatMap heatMap(SweepMatrix matrix) {
    String[] rows = new String[matrix.learningRates().size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = "eta " + matrix.learningRates().get(i);
    }
    String[] columns = new String[matrix.batchSizes().size()];
    for (int j = 0; j < columns.length; j++) {
      columns[j] = "batch " + matrix.batchSizes().get(j);
    }
    return HeatMap.builder()
        .title("Final validation accuracy")
        .xLabel("batch size")
        .yLabel("learning rate")
        .values(matrix.values())
        .rowLabels(rows)
        .columnLabels(columns)
        .format("%.3f")
        .colors(ColorScale.VIRIDIS)
        .build();
  }
}
