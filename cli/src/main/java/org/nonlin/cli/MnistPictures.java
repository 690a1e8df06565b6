package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nonlin.data.Dataset;
import org.nonlin.eval.ConfusionMatrix;
import org.nonlin.experiment.RunOutcome;
import org.nonlin.plot.Chart;
import org.nonlin.plot.ColorScale;
import org.nonlin.plot.HeatMap;
import org.nonlin.plot.ImageGrid;
import org.nonlin.tensor.Matrix;
import org.nonlin.train.Targets;

/**
 * Pictures of a digit classifier on its test set: a grid of digits captioned "true / predicted"
 * with the misclassified ones marked, and the confusion matrix as a heat map.
 */
final class MnistPictures {

  /** Digits shown in the grid. */
  static final int SHOWN = 60;

  /** Side of a digit in pixels. */
  static final int SIDE = 28;

  private MnistPictures() {}

  static void draw(RunOutcome run, Path folder) throws IOException {
    Dataset test = run.spec().data().test();
    int[] predicted = predictions(run, test);
    Pictures.write(digitGrid(test, predicted), folder, "digits");
    Pictures.write(confusion(test, predicted), folder, "confusion");
  }

  static int[] predictions(RunOutcome run, Dataset test) {
    float[] out = run.network().predict(test.featureArray(), test.rows());
    int k = run.network().architecture().outputs();
    Matrix probabilities = Matrix.zeros(run.network().precision(), test.rows(), k);
    probabilities.loadRows(out, test.rows());
    return Targets.predictedClasses(probabilities);
  }

  /** The first misclassified digits and then correct ones, up to {@link #SHOWN}, in test order. */
  static Chart digitGrid(Dataset test, int[] predicted) {
    List<String> names = test.classNames();
    ImageGrid.Builder grid =
        ImageGrid.builder(SIDE, SIDE)
            .title("Test images: true / predicted (mistakes framed in red)")
            .inverted(true);
    int wrongShown = 0;
    for (int r = 0; r < test.rows() && wrongShown < SHOWN / 3; r++) {
      if (predicted[r] != test.label(r)) {
        grid.image(pixels(test, r), caption(names, test.label(r), predicted[r]), true);
        wrongShown++;
      }
    }
    int shown = wrongShown;
    for (int r = 0; r < test.rows() && shown < SHOWN; r++) {
      if (predicted[r] == test.label(r)) {
        grid.image(pixels(test, r), caption(names, test.label(r), predicted[r]), false);
        shown++;
      }
    }
    return grid.build();
  }

  static Chart confusion(Dataset test, int[] predicted) {
    ConfusionMatrix matrix = ConfusionMatrix.of(test.classNames(), test.labels(), predicted);
    return confusionChart(
        test.classNames(),
        matrix.counts(),
        String.format(Locale.ROOT, "Confusion matrix, accuracy %.4f", matrix.accuracy()));
  }

  /** A k x k confusion matrix as a heat map: rows actual, columns predicted. */
  static Chart confusionChart(List<String> names, long[][] counts, String title) {
    int[][] cells = new int[counts.length][counts.length];
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts.length; j++) {
        cells[i][j] = (int) Math.min(Integer.MAX_VALUE, counts[i][j]);
      }
    }
    String[] labels = names.toArray(new String[0]);
    return HeatMap.builder()
        .title(title)
        .xLabel("predicted")
        .yLabel("actual")
        .values(cells)
        .rowLabels(labels)
        .columnLabels(labels)
        .format("%.0f")
        .colors(ColorScale.BLUES)
        .build();
  }

  private static float[] pixels(Dataset test, int row) {
    float[] p = new float[test.cols()];
    for (int c = 0; c < p.length; c++) {
      p[c] = test.feature(row, c);
    }
    return p;
  }

  private static String caption(List<String> names, int truth, int guess) {
    return names.get(truth) + " / " + names.get(guess);
  }
}
