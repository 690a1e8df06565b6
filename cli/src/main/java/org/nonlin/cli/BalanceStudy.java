package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.nonlin.experiment.ExperimentOptions;
import org.nonlin.experiment.ImbalanceExperiment;
import org.nonlin.experiment.ImbalanceResult;
import org.nonlin.experiment.ImbalanceRoc;
import org.nonlin.experiment.ImbalanceRow;
import org.nonlin.experiment.ImbalanceScores;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Decimals;
import org.nonlin.io.Json;

/**
 * {@code nonlin experiment imbalance}: runs the imbalance study, prints its table and notes (or the
 * JSON object with the experiment's pinned {@code rows} keys), and writes to the output folder
 * {@code imbalance.json}, {@code imbalance.txt}, {@code roc-<data set>.csv} (remedy, FPR, TPR of
 * the thinned minority-class curves) and the pictures of {@link ImbalancePictures}.
 */
final class BalanceStudy {

  private BalanceStudy() {}

  static int run(
      ImbalanceExperiment experiment,
      ExperimentOptions options,
      Path folder,
      boolean json,
      PrintWriter out)
      throws IOException {
    ImbalanceResult result = experiment.study(options);
    write(experiment.name(), result, folder);
    if (json) {
      Map<String, Object> map = result.toExperimentResult(experiment.name()).toMap();
      map.put("out", folder.toString());
      out.println(Json.write(map));
      return ErrorReporter.OK;
    }
    out.println(experiment.description());
    out.println();
    out.print(table(result));
    out.println();
    for (String note : result.notes()) {
      out.println("- " + note);
    }
    out.println();
    out.println("CSV and pictures in " + folder);
    return ErrorReporter.OK;
  }

  /** One line per (data set, remedy), with the figures that see every class. */
  static Table table(ImbalanceResult result) {
    Table table =
        new Table(
            "data set",
            "remedy",
            "epochs",
            "train acc",
            "test acc",
            "bal acc",
            "min recall",
            "recall per class",
            "F1",
            "G-mean",
            "AUC",
            "seconds");
    for (ImbalanceRow row : result.rows()) {
      ImbalanceScores test = row.test();
      StringBuilder recalls = new StringBuilder();
      for (double recall : test.recalls()) {
        recalls.append(recalls.length() == 0 ? "" : "/").append(fixed(recall, 3));
      }
      table.row(
          row.dataset(),
          row.remedy().label(),
          row.epochs(),
          fixed(row.trainAccuracy(), 4),
          fixed(test.accuracy(), 4),
          fixed(test.balancedAccuracy(), 4),
          fixed(test.minorityRecall(), 4),
          recalls,
          fixed(test.f1(), 4),
          fixed(test.gMean(), 4),
          Double.isNaN(test.auc()) ? "undefined" : fixed(test.auc(), 4),
          fixed(row.seconds(), 1));
    }
    return table;
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static void write(String name, ImbalanceResult result, Path folder) throws IOException {
    AtomicFiles.writeString(
        folder.resolve(name + ".json"), Json.writePretty(result.toExperimentResult(name).toMap()));
    StringBuilder text = new StringBuilder(table(result).toString()).append('\n');
    for (String note : result.notes()) {
      text.append("- ").append(note).append('\n');
    }
    AtomicFiles.writeString(folder.resolve(name + ".txt"), text.toString());
    for (String dataset : result.datasets()) {
      StringBuilder csv = new StringBuilder("remedy,fpr,tpr\n");
      for (ImbalanceRow row : result.rows(dataset)) {
        ImbalanceRoc roc = row.test().roc();
        double[] fpr = roc.falsePositiveRates();
        double[] tpr = roc.truePositiveRates();
        for (int i = 0; i < fpr.length; i++) {
          csv.append(row.remedy().label())
              .append(',')
              .append(Decimals.format(fpr[i]))
              .append(',')
              .append(Decimals.format(tpr[i]))
              .append('\n');
        }
      }
      AtomicFiles.writeString(folder.resolve("roc-" + dataset + ".csv"), csv.toString());
    }
    ImbalancePictures.draw(result, folder);
  }
}
