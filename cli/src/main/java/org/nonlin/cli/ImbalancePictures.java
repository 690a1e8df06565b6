package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.nonlin.experiment.ImbalanceRemedy;
import org.nonlin.experiment.ImbalanceResult;
import org.nonlin.experiment.ImbalanceRoc;
import org.nonlin.experiment.ImbalanceRow;
import org.nonlin.experiment.ImbalanceScores;
import org.nonlin.plot.Chart;
import org.nonlin.plot.Figure;
import org.nonlin.plot.HeatMap;
import org.nonlin.plot.LineChart;

/**
 * Draws the imbalance study's pictures, each as PNG and SVG: per data set, {@code roc-<data set>}
 * with the minority class's ROC curve under every remedy (AUC in the legend, chance diagonal); and
 * {@code remedies}, two heat maps of minority recall and balanced accuracy by data set and remedy
 * (a grey cell where a remedy was left out or refused).
 */
final class ImbalancePictures {

  private ImbalancePictures() {}

  static void draw(ImbalanceResult result, Path folder) throws IOException {
    for (String dataset : result.datasets()) {
      Pictures.write(roc(dataset, result.rows(dataset)), folder, "roc-" + dataset);
    }
    if (!result.rows().isEmpty()) {
      Chart remedies =
          Figure.builder(2)
              .panel(grid(result, "Minority recall", ImbalanceScores::minorityRecall))
              .panel(grid(result, "Balanced accuracy", ImbalanceScores::balancedAccuracy))
              .build();
      Pictures.write(remedies, folder, "remedies");
    }
  }

  /** The minority class's ROC curve under every remedy of one data set. */
  static LineChart roc(String dataset, List<ImbalanceRow> rows) {
    ImbalanceRow first = rows.get(0);
    String minority = first.classNames().get(first.minorityClass());
    LineChart.Builder chart =
        LineChart.builder()
            .title("ROC of class " + minority + " against the rest, " + dataset)
            .xLabel("false positive rate")
            .yLabel("true positive rate")
            .xRange(0, 1)
            .yRange(0, 1)
            .diagonal(true);
    for (ImbalanceRow row : rows) {
      ImbalanceRoc roc = row.test().roc();
      chart.series(
          String.format(Locale.ROOT, "%s (AUC %.3f)", row.remedy().label(), roc.auc()),
          roc.falsePositiveRates(),
          roc.truePositiveRates());
    }
    return chart.build();
  }

  private static HeatMap grid(
      ImbalanceResult result, String title, ToDoubleFunction<ImbalanceScores> figure) {
    List<String> datasets = result.datasets();
    ImbalanceRemedy[] remedies = ImbalanceRemedy.values();
    double[][] values = new double[datasets.size()][remedies.length];
    String[] columns = new String[remedies.length];
    for (int j = 0; j < remedies.length; j++) {
      columns[j] = remedies[j].label();
      for (int i = 0; i < datasets.size(); i++) {
        values[i][j] = Double.NaN;
      }
    }
    for (ImbalanceRow row : result.rows()) {
      values[datasets.indexOf(row.dataset())][row.remedy().ordinal()] =
          figure.applyAsDouble(row.test());
    }
    return HeatMap.builder()
        .title(title)
        .values(values)
        .rowLabels(datasets.toArray(String[]::new))
        .columnLabels(columns)
        .format("%.2f")
        .range(0, 1)
        .build();
  }
}
