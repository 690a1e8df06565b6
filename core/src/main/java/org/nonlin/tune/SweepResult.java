package org.nonlin.tune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.nonlin.train.Checkpoint;

/**
 * Every run of a {@link Sweep}, in grid order, with the table, curves and heat maps the lead draws
 * from them.
 *
 * @param grid the settings swept
 * @param config how every run trained
 * @param runs one per grid setting, in the grid's order
 */
public record SweepResult(SweepGrid grid, SweepConfig config, List<SweepRun> runs) {

  /** The columns of {@link #table()} and {@link #tableCsv()}. */
  public static final List<String> TABLE_COLUMNS =
      List.of(
          "lr",
          "batch",
          "effective_lr",
          "epochs",
          "val_loss",
          "val_accuracy",
          "diverged",
          "seconds");

  /** The header of {@link #curvesCsv()}. */
  public static final String CURVES_HEADER =
      "lr,batch,epoch,iteration,train_loss,val_loss,val_accuracy";

  /** Copies the runs; there must be one per grid setting. */
  public SweepResult {
    runs = List.copyOf(runs);
    if (runs.size() != grid.points().size()) {
      throw new IllegalArgumentException(
          runs.size() + " runs for a grid of " + grid.points().size() + " settings");
    }
  }

  /**
   * One row per run, cells in the order of {@link #TABLE_COLUMNS}: η (Double), B (Integer), the
   * effective η, epochs, final validation loss and accuracy (Double, NaN when missing), diverged
   * (Boolean) and seconds.
   */
  public List<List<Object>> table() {
    List<List<Object>> rows = new ArrayList<>(runs.size());
    for (SweepRun run : runs) {
      rows.add(
          List.of(
              run.point().learningRate(),
              run.point().batchSize(),
              run.effectiveLearningRate(),
              run.epochs(),
              run.validationLoss(),
              run.validationAccuracy(),
              run.diverged(),
              run.seconds()));
    }
    return rows;
  }

  /** {@link #table()} as CSV with the header {@link #TABLE_COLUMNS}; NaN is an empty field. */
  public String tableCsv() {
    StringBuilder sb = new StringBuilder(String.join(",", TABLE_COLUMNS)).append('\n');
    for (List<Object> row : table()) {
      line(sb, row);
    }
    return sb.toString();
  }

  /**
   * Every checkpoint of every run in long format, header {@link #CURVES_HEADER}, runs in grid
   * order; NaN (accuracy of a regression) is an empty field.
   */
  public String curvesCsv() {
    StringBuilder sb = new StringBuilder(CURVES_HEADER).append('\n');
    for (SweepRun run : runs) {
      for (Checkpoint c : run.history()) {
        line(
            sb,
            List.of(
                run.point().learningRate(),
                run.point().batchSize(),
                c.epoch(),
                c.iteration(),
                c.trainLoss(),
                c.validationLoss(),
                c.validationAccuracy()));
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<Object> cells) {
    for (int i = 0; i < cells.size(); i++) {
      Object cell = cells.get(i);
      sb.append(i == 0 ? "" : ",");
      sb.append(cell instanceof Double d ? Numbers.csv(d) : String.valueOf(cell));
    }
    sb.append('\n');
  }

  /** Final validation accuracy over the grid, for a heat map; NaN for diverged runs. */
  public SweepMatrix accuracyMatrix() {
    return matrix("val_accuracy", SweepRun::validationAccuracy);
  }

  /** Final validation loss over the grid, for a heat map; NaN for diverged runs. */
  public SweepMatrix lossMatrix() {
    return matrix("val_loss", SweepRun::validationLoss);
  }

  private SweepMatrix matrix(String metric, ToDoubleFunction<SweepRun> figure) {
    List<Double> rates = grid.learningRates();
    List<Integer> sizes = grid.batchSizes();
    double[][] values = new double[rates.size()][sizes.size()];
    for (double[] row : values) {
      Arrays.fill(row, Double.NaN);
    }
    for (SweepRun run : runs) {
      int r = rates.indexOf(run.point().learningRate());
      int c = sizes.indexOf(run.point().batchSize());
      values[r][c] = figure.applyAsDouble(run);
    }
    return new SweepMatrix(metric, rates, sizes, values);
  }

  /**
   * The run that did best: of the runs that did not diverge, the highest final validation accuracy,
   * or for regression (accuracy NaN) the lowest final validation loss; the first in grid order on
   * ties. Empty when every run diverged.
   */
  public Optional<SweepRun> best() {
    SweepRun best = null;
    for (SweepRun run : runs) {
      if (!run.diverged() && (best == null || better(run, best))) {
        best = run;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(SweepRun a, SweepRun b) {
    double accuracy = a.validationAccuracy();
    if (!Double.isNaN(accuracy) && accuracy != b.validationAccuracy()) {
      return accuracy > b.validationAccuracy();
    }
    return a.validationLoss() < b.validationLoss();
  }

  /**
   * A JSON-ready map: {@code grid}, {@code scaling}, {@code base_batch}, {@code runs} (each with
   * the table's columns as keys, {@code iterations} and its {@code history}), {@code
   * accuracy_matrix}, {@code loss_matrix} and {@code best} ({@code {lr, batch}} or null). NaN and
   * infinite values become null.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("grid", grid.name());
    map.put("scaling", config.scaling().spec());
    map.put("base_batch", config.baseBatch());
    List<Object> list = new ArrayList<>();
    List<List<Object>> table = table();
    for (int i = 0; i < runs.size(); i++) {
      Map<String, Object> run = new LinkedHashMap<>();
      for (int c = 0; c < TABLE_COLUMNS.size(); c++) {
        Object cell = table.get(i).get(c);
        run.put(TABLE_COLUMNS.get(c), cell instanceof Double d ? Numbers.json(d) : cell);
      }
      run.put("iterations", runs.get(i).iterations());
      run.put("history", history(runs.get(i).history()));
      list.add(Collections.unmodifiableMap(run));
    }
    map.put("runs", Collections.unmodifiableList(list));
    map.put("accuracy_matrix", accuracyMatrix().toMap());
    map.put("loss_matrix", lossMatrix().toMap());
    map.put("best", best().map(SweepResult::setting).orElse(null));
    return Collections.unmodifiableMap(map);
  }

  private static Map<String, Object> setting(SweepRun run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lr", run.point().learningRate());
    m.put("batch", run.point().batchSize());
    return Collections.unmodifiableMap(m);
  }

  private static List<Object> history(List<Checkpoint> history) {
    List<Object> rows = new ArrayList<>(history.size());
    for (Checkpoint c : history) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("epoch", c.epoch());
      m.put("iteration", c.iteration());
      m.put("train_loss", Numbers.json(c.trainLoss()));
      m.put("train_accuracy", Numbers.json(c.trainAccuracy()));
      m.put("val_loss", Numbers.json(c.validationLoss()));
      m.put("val_accuracy", Numbers.json(c.validationAccuracy()));
      rows.add(Collections.unmodifiableMap(m));
    }
    return Collections.unmodifiableList(rows);
  }
}
