package org.nonlin.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Renders a {@link ClassificationReport} as plain text for a terminal: a header line, the overall
 * figures, a per-class table with the three averages, and the confusion matrix with class names.
 * Figures have 4 decimals; undefined ones read "undefined".
 */
final class ReportText {

  private static final String UNDEFINED = "undefined";
  private static final int NUMBER_WIDTH = 10;

  private ReportText() {}

  static String render(ClassificationReport report) {
    StringBuilder text = new StringBuilder();
    header(text, report);
    overall(text, report);
    perClass(text, report);
    confusion(text, report);
    return text.toString();
  }

  private static void header(StringBuilder text, ClassificationReport report) {
    EvaluationOptions options = report.options();
    text.append("Classification report: ")
        .append(report.numSamples())
        .append(" samples, ")
        .append(report.numClasses())
        .append(" classes, ")
        .append(
            report.numClasses() == 2
                ? "threshold " + options.threshold()
                : "predicted class = highest probability")
        .append(", ROC ")
        .append(
            options.rocMethod().isExact()
                ? "exact"
                : "at thresholds " + Arrays.toString(options.rocMethod().thresholds()))
        .append("\n");
    report
        .binary()
        .ifPresent(
            m ->
                text.append(
                    String.format(
                        Locale.ROOT,
                        "Positive class '%s': TP %d, FN %d, FP %d, TN %d\n",
                        report.classNames().get(1),
                        m.truePositives(),
                        m.falseNegatives(),
                        m.falsePositives(),
                        m.trueNegatives())));
  }

  private static void overall(StringBuilder text, ClassificationReport report) {
    text.append("\nOverall\n");
    for (Map.Entry<String, OptionalDouble> figure : report.overall().entrySet()) {
      String key = figure.getKey();
      String value = number(figure.getValue());
      if ((key.equals("rae") || key.equals("rrse")) && figure.getValue().isPresent()) {
        value += " %";
      }
      text.append(String.format(Locale.ROOT, "  %-20s%s\n", key, value));
    }
  }

  private static void perClass(StringBuilder text, ClassificationReport report) {
    int nameWidth = Math.max(widest(report.classNames()), "weighted avg".length()) + 2;
    text.append("\nPer class\n");
    text.append(String.format(Locale.ROOT, "  %-" + nameWidth + "s", "class"));
    for (String column : List.of("precision", "recall", "f1", "support", "auc")) {
      text.append(String.format(Locale.ROOT, "%" + NUMBER_WIDTH + "s", column));
    }
    text.append('\n');
    for (ClassMetrics m : report.perClass()) {
      row(text, nameWidth, m, number(m.auc()));
    }
    String macroAuc = number(report.macroAuc());
    row(text, nameWidth, average("macro avg", report.macro(), report), macroAuc);
    row(text, nameWidth, average("micro avg", report.micro(), report), "");
    String weightedAuc = number(report.weightedAuc());
    row(text, nameWidth, average("weighted avg", report.weighted(), report), weightedAuc);
  }

  /** An averages row, with all samples as its support. */
  private static ClassMetrics average(
      String label, AveragedMetrics averages, ClassificationReport report) {
    return new ClassMetrics(
        label,
        averages.precision(),
        averages.recall(),
        averages.f1(),
        report.numSamples(),
        OptionalDouble.empty());
  }

  private static void row(StringBuilder text, int nameWidth, ClassMetrics m, String auc) {
    text.append(String.format(Locale.ROOT, "  %-" + nameWidth + "s", m.name()));
    for (double v : new double[] {m.precision(), m.recall(), m.f1()}) {
      text.append(String.format(Locale.ROOT, "%" + NUMBER_WIDTH + ".4f", v));
    }
    text.append(String.format(Locale.ROOT, "%" + NUMBER_WIDTH + "d", m.support()));
    text.append(String.format(Locale.ROOT, "%" + NUMBER_WIDTH + "s", auc));
    text.append('\n');
  }

  private static void confusion(StringBuilder text, ClassificationReport report) {
    List<String> names = report.classNames();
    ConfusionMatrix matrix = report.confusion();
    int width = Math.max(widest(names), Long.toString(matrix.total()).length()) + 2;
    text.append("\nConfusion matrix (rows actual, columns predicted)\n");
    text.append(String.format(Locale.ROOT, "  %-" + width + "s", ""));
    for (String name : names) {
      text.append(String.format(Locale.ROOT, "%" + width + "s", name));
    }
    text.append('\n');
    for (int a = 0; a < names.size(); a++) {
      text.append(String.format(Locale.ROOT, "  %-" + width + "s", names.get(a)));
      for (int p = 0; p < names.size(); p++) {
        text.append(String.format(Locale.ROOT, "%" + width + "d", matrix.count(a, p)));
      }
      text.append('\n');
    }
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : UNDEFINED;
  }

  private static int widest(List<String> names) {
    int widest = 0;
    for (String name : names) {
      widest = Math.max(widest, name.length());
    }
    return widest;
  }
}
