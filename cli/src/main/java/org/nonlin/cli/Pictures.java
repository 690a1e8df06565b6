package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nonlin.data.Dataset;
import org.nonlin.experiment.ExperimentResult;
import org.nonlin.experiment.RunOutcome;
import org.nonlin.nn.Network;
import org.nonlin.plot.Chart;
import org.nonlin.plot.DecisionMap;
import org.nonlin.plot.Figure;
import org.nonlin.plot.LineChart;
import org.nonlin.train.Checkpoint;

/**
 * Draws an experiment's pictures, each as PNG and SVG: training curves for every run; for 2-D
 * problems the decision boundary and how the hidden layer bends the plane; for MNIST a digit grid
 * and the confusion matrix.
 */
final class Pictures {

  /** Grid cells per side of a decision map. */
  static final int RESOLUTION = 200;

  private Pictures() {}

  static void draw(ExperimentResult result, Path folder) throws IOException {
    for (RunOutcome run : result.runs()) {
      String stem = run.spec().label();
      write(curves(run), folder, "curves-" + stem);
      Dataset train = run.spec().data().train();
      if (train.cols() == 2) {
        write(decisionMap(run.network(), train, stem), folder, "boundary-" + stem);
        HiddenSpace.draw(run, folder);
      } else if (train.cols() == 28 * 28) {
        MnistPictures.draw(run, folder);
      }
    }
    if (result.runs().size() > 1 && result.runs().get(0).spec().data().train().cols() == 2) {
      write(boundaryPanels(result.runs()), folder, "boundaries");
      write(widthStudy(result.runs()), folder, "accuracy-by-width");
    }
  }

  /** Writes {@code chart} as {@code stem.png} and {@code stem.svg}. */
  static void write(Chart chart, Path folder, String stem) throws IOException {
    chart.write(folder.resolve(stem + ".png"));
    chart.write(folder.resolve(stem + ".svg"));
  }

  /** Loss and accuracy, training and validation, by epoch. */
  static Chart curves(RunOutcome run) {
    List<Checkpoint> history = run.result().history();
    double[] epoch = new double[history.size()];
    double[][] series = new double[4][history.size()];
    for (int i = 0; i < history.size(); i++) {
      Checkpoint c = history.get(i);
      epoch[i] = c.epoch();
      series[0][i] = c.trainLoss();
      series[1][i] = c.validationLoss();
      series[2][i] = c.trainAccuracy();
      series[3][i] = c.validationAccuracy();
    }
    LineChart loss =
        LineChart.builder()
            .title("Loss of " + run.spec().label())
            .xLabel("epoch")
            .yLabel("loss")
            .series("training (epoch so far)", epoch, series[0])
            .series("validation", epoch, series[1])
            .build();
    LineChart accuracy =
        LineChart.builder()
            .title("Accuracy of " + run.spec().label())
            .xLabel("epoch")
            .yLabel("accuracy")
            .series("training (epoch so far)", epoch, series[2])
            .series("validation", epoch, series[3])
            .build();
    return Figure.builder(2).panel(loss).panel(accuracy).build();
  }

  /** The network's classes over the (normalised) input square with the training samples. */
  static DecisionMap decisionMap(Network network, Dataset train, String title) {
    double[] x = new double[train.rows()];
    double[] y = new double[train.rows()];
    for (int r = 0; r < train.rows(); r++) {
      x[r] = train.feature(r, 0);
      y[r] = train.feature(r, 1);
    }
    double[] range = range(x, y);
    DecisionMap.Builder b =
        DecisionMap.builder()
            .title("Decision boundary of " + title)
            .xLabel("x1 (normalised)")
            .yLabel("x2 (normalised)")
            .xRange(range[0], range[1])
            .yRange(range[0], range[1])
            .samples(x, y, train.labels())
            .classNames(train.classNames().toArray(new String[0]));
    double[] centres = DecisionMap.centres(range[0], range[1], RESOLUTION);
    float[] points = new float[RESOLUTION * RESOLUTION * 2];
    for (int row = 0; row < RESOLUTION; row++) {
      for (int col = 0; col < RESOLUTION; col++) {
        int i = row * RESOLUTION + col;
        points[2 * i] = (float) centres[col];
        points[2 * i + 1] = (float) centres[row];
      }
    }
    float[] out = network.predict(points, RESOLUTION * RESOLUTION);
    int k = network.architecture().outputs();
    if (k == 1) {
      double[][] p = new double[RESOLUTION][RESOLUTION];
      for (int i = 0; i < out.length; i++) {
        p[i / RESOLUTION][i % RESOLUTION] = out[i];
      }
      return b.probabilities(p).build();
    }
    int[][] classes = new int[RESOLUTION][RESOLUTION];
    for (int i = 0; i < RESOLUTION * RESOLUTION; i++) {
      classes[i / RESOLUTION][i % RESOLUTION] =
          argmax(java.util.Arrays.copyOfRange(out, i * k, (i + 1) * k));
    }
    return b.classes(classes).build();
  }

  private static Chart boundaryPanels(List<RunOutcome> runs) {
    Figure.Builder figure = Figure.builder(3).title("Decision boundaries by hidden width");
    for (RunOutcome run : runs) {
      figure.panel(decisionMap(run.network(), run.spec().data().train(), run.spec().label()));
    }
    return figure.build();
  }

  private static Chart widthStudy(List<RunOutcome> runs) {
    double[] width = new double[runs.size()];
    double[] train = new double[runs.size()];
    double[] test = new double[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      RunOutcome run = runs.get(i);
      width[i] = run.spec().architecture().hidden().get(0).units();
      train[i] = run.train().accuracy();
      test[i] = run.test().accuracy();
    }
    return LineChart.builder()
        .title("Accuracy by hidden width")
        .xLabel("hidden units")
        .yLabel("accuracy")
        .markers(true)
        .series("training", width, train)
        .series("test", width, test)
        .build();
  }

  static int argmax(float[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  /** A square range covering both coordinates with a margin: {min, max}. */
  static double[] range(double[] x, double[] y) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < x.length; i++) {
      lo = Math.min(lo, Math.min(x[i], y[i]));
      hi = Math.max(hi, Math.max(x[i], y[i]));
    }
    double pad = 0.05 * (hi - lo);
    return new double[] {lo - pad, hi + pad};
  }
}
