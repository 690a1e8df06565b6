package org.nonlin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.nonlin.eval.EvaluationAccumulator;
import org.nonlin.eval.PrecisionRecallCurve;
import org.nonlin.eval.RocCurve;
import org.nonlin.plot.Chart;
import org.nonlin.plot.LineChart;

/**
 * Draws evaluate's pictures: ROC curves (with the chance diagonal and each AUC in the legend),
 * precision-recall curves, and the confusion matrix as a heat map. Two classes give one curve for
 * class 1; k classes give one curve per class against the rest.
 */
final class EvaluationPictures {

  private EvaluationPictures() {}

  static void draw(Evaluation evaluation, Path folder) throws IOException {
    Files.createDirectories(folder);
    EvaluationAccumulator accumulator = new EvaluationAccumulator(evaluation.options());
    accumulator.add(evaluation.labels(), evaluation.probabilities());
    List<String> names = evaluation.options().classNames();
    int[] positives = names.size() == 2 ? new int[] {1} : range(names.size());
    LineChart.Builder roc =
        LineChart.builder()
            .title("ROC curve (" + evaluation.options().rocMethod().label() + ")")
            .xLabel("false positive rate")
            .yLabel("true positive rate")
            .xRange(0, 1)
            .yRange(0, 1)
            .diagonal(true);
    LineChart.Builder pr =
        LineChart.builder()
            .title("Precision-recall curve")
            .xLabel("recall")
            .yLabel("precision")
            .xRange(0, 1)
            .yRange(0, 1);
    for (int c : positives) {
      String name = positives.length == 1 ? "class " + names.get(c) : names.get(c) + " vs rest";
      RocCurve curve = accumulator.rocCurve(c);
      roc.series(
          String.format(Locale.ROOT, "%s (AUC %.3f)", name, curve.auc()),
          curve.falsePositiveRates(),
          curve.truePositiveRates());
      PrecisionRecallCurve p = accumulator.precisionRecallCurve(c);
      pr.series(
          String.format(Locale.ROOT, "%s (AP %.3f)", name, p.averagePrecision()),
          p.recalls(),
          p.precisions());
    }
    Pictures.write(roc.build(), folder, "roc");
    Pictures.write(pr.build(), folder, "precision-recall");
    Chart confusion =
        MnistPictures.confusionChart(
            names, evaluation.report().confusion().counts(), "Confusion matrix");
    Pictures.write(confusion, folder, "confusion");
  }

  private static int[] range(int n) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    return values;
  }
}
