package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nonlin.data.Dataset;
import org.nonlin.experiment.RunOutcome;
import org.nonlin.nn.Network;
import org.nonlin.nn.Workspace;
import org.nonlin.plot.Chart;
import org.nonlin.plot.Figure;
import org.nonlin.plot.ScatterChart;
import org.nonlin.tensor.Matrix;

/**
 * How the first hidden layer bends the plane: the samples and a square grid of the input plane
 * carried into Z1 (before the activation) and A1 (after it). With two hidden units the pictures are
 * exact; with three, each is shown as its three pairwise projections. Snapshots taken during
 * training show the process; with one logistic output, the Z2 to A2 view shows where the samples
 * fall on the output curve.
 */
final class HiddenSpace {

  /** Grid lines per side of the input plane. */
  static final int LINES = 11;

  /** Points along each grid line. */
  static final int STEPS = 41;

  private HiddenSpace() {}

  static void draw(RunOutcome run, Path folder) throws IOException {
    if (run.spec().architecture().hidden().isEmpty()) {
      return;
    }
    int units = run.spec().architecture().hidden().get(0).units();
    if (units != 2 && units != 3) {
      return;
    }
    Dataset train = run.spec().data().train();
    String stem = run.spec().label();
    Map<String, Network> stages = new LinkedHashMap<>();
    for (Map.Entry<Double, Network> e : run.snapshots().entrySet()) {
      stages.put(String.format(Locale.ROOT, "epoch %.0f", e.getKey()), e.getValue());
    }
    stages.put("trained", run.network());
    Figure.Builder figure =
        Figure.builder(units == 2 ? 2 : 3).title("Hidden layer of " + stem + ": Z1 and A1");
    for (Map.Entry<String, Network> stage : stages.entrySet()) {
      Layer1 layer = Layer1.of(stage.getValue(), train);
      if (units == 2) {
        figure.panel(panel("Z1, " + stage.getKey(), layer.z, layer, 0, 1, train));
        figure.panel(panel("A1, " + stage.getKey(), layer.a, layer, 0, 1, train));
      } else {
        for (int[] pair : new int[][] {{0, 1}, {0, 2}, {1, 2}}) {
          figure.panel(panel("Z1, " + stage.getKey(), layer.z, layer, pair[0], pair[1], train));
        }
        for (int[] pair : new int[][] {{0, 1}, {0, 2}, {1, 2}}) {
          figure.panel(panel("A1, " + stage.getKey(), layer.a, layer, pair[0], pair[1], train));
        }
      }
    }
    if (run.spec().architecture().hidden().size() == 1
        && run.spec().architecture().outputs() == 1) {
      figure.panel(outputView(run.network(), train));
    }
    Pictures.write(figure.build(), folder, "hidden-" + stem);
  }

  /** Where the samples fall on the output curve: Z2 against A2 = σ(Z2), with the curve drawn. */
  private static Chart outputView(Network network, Dataset train) {
    Workspace ws = network.workspace(train.rows());
    Matrix input = Matrix.zeros(network.precision(), train.rows(), 2);
    input.loadRows(train.featureArray(), train.rows());
    network.forward(input, ws);
    int n = train.rows();
    double[] z = new double[n];
    double[] a = new double[n];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < n; r++) {
      z[r] = ws.scores(1).get(r, 0);
      a[r] = ws.activations(1).get(r, 0);
      lo = Math.min(lo, z[r]);
      hi = Math.max(hi, z[r]);
    }
    double[] curveZ = new double[STEPS];
    double[] curveA = new double[STEPS];
    for (int i = 0; i < STEPS; i++) {
      curveZ[i] = lo + (hi - lo) * i / (STEPS - 1);
      curveA[i] = 1 / (1 + Math.exp(-curveZ[i]));
    }
    return ScatterChart.builder()
        .title("Z2 to A2 (output), trained")
        .xLabel("z2")
        .yLabel("a2 = sigmoid(z2)")
        .samples(z, a, train.labels())
        .classNames(train.classNames().toArray(new String[0]))
        .line(curveZ, curveA)
        .build();
  }

  private static Chart panel(
      String title, float[][] values, Layer1 layer, int u, int v, Dataset train) {
    int n = train.rows();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int r = 0; r < n; r++) {
      x[r] = values[r][u];
      y[r] = values[r][v];
    }
    float[][] grid = values == layer.z ? layer.gridZ : layer.gridA;
    String prefix = values == layer.z ? "z" : "a";
    ScatterChart.Builder chart =
        ScatterChart.builder()
            .title(title)
            .xLabel(prefix + (u + 1))
            .yLabel(prefix + (v + 1))
            .samples(x, y, train.labels())
            .classNames(train.classNames().toArray(new String[0]));
    for (int line = 0; line < 2 * LINES; line++) {
      double[] gx = new double[STEPS];
      double[] gy = new double[STEPS];
      for (int j = 0; j < STEPS; j++) {
        gx[j] = grid[line * STEPS + j][u];
        gy[j] = grid[line * STEPS + j][v];
      }
      chart.line(gx, gy);
    }
    return chart.build();
  }

  /** The first layer's Z1 and A1 for the samples and for a grid over their input square. */
  private record Layer1(float[][] z, float[][] a, float[][] gridZ, float[][] gridA) {

    static Layer1 of(Network network, Dataset train) {
      float[][][] samples = pass(network, train.featureArray(), train.rows());
      float[][][] grid = pass(network, gridPoints(train), 2 * LINES * STEPS);
      return new Layer1(samples[0], samples[1], grid[0], grid[1]);
    }

    /**
     * Points of LINES horizontal and then LINES vertical lines across the samples' bounding box,
     * STEPS points per line.
     */
    private static float[] gridPoints(Dataset train) {
      double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
      double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
      for (int r = 0; r < train.rows(); r++) {
        for (int c = 0; c < 2; c++) {
          lo[c] = Math.min(lo[c], train.feature(r, c));
          hi[c] = Math.max(hi[c], train.feature(r, c));
        }
      }
      float[] points = new float[2 * LINES * STEPS * 2];
      for (int i = 0; i < LINES; i++) {
        for (int j = 0; j < STEPS; j++) {
          double across = (double) j / (STEPS - 1);
          double at = (double) i / (LINES - 1);
          int h = i * STEPS + j;
          int v = (LINES + i) * STEPS + j;
          points[2 * h] = (float) (lo[0] + (hi[0] - lo[0]) * across);
          points[2 * h + 1] = (float) (lo[1] + (hi[1] - lo[1]) * at);
          points[2 * v] = (float) (lo[0] + (hi[0] - lo[0]) * at);
          points[2 * v + 1] = (float) (lo[1] + (hi[1] - lo[1]) * across);
        }
      }
      return points;
    }

    private static float[][][] pass(Network network, float[] x, int rows) {
      Workspace ws = network.workspace(rows);
      Matrix input = Matrix.zeros(network.precision(), rows, 2);
      input.loadRows(x, rows);
      network.forward(input, ws);
      return new float[][][] {rowsOf(ws.scores(0)), rowsOf(ws.activations(0))};
    }

    private static float[][] rowsOf(Matrix m) {
      float[][] out = new float[m.rows()][m.cols()];
      for (int r = 0; r < m.rows(); r++) {
        for (int c = 0; c < m.cols(); c++) {
          out[r][c] = (float) m.get(r, c);
        }
      }
      return out;
    }
  }
}
