package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nonlin.data.Dataset;
import org.nonlin.eval.ClassificationReport;
import org.nonlin.eval.EvaluationOptions;
import org.nonlin.eval.RocMethod;
import org.nonlin.io.AtomicFiles;
import org.nonlin.model.Model;
import org.nonlin.model.ModelFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nonlin evaluate}: every measure of a classifier, from a model or from scores. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate a model on labelled data, or predictions of any system (--scores): accuracy,"
            + " confusion matrix, precision, recall, F1, ROC AUC, MCC, kappa, MAE, RMSE, RAE,"
            + " RRSE.")
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--model", paramLabel = "MODEL", description = "A model file; needs --data.")
    Path model;

    @Option(
        names = "--scores",
        paramLabel = "CSV",
        description =
            "Predictions to judge: a CSV with a header, a column 'label' and either 'score'"
                + " (probability of class 1) or one probability column per class, named by it.")
    Path scores;
  }

  @Option(names = "--data", paramLabel = "FILE|NAME", description = "Labelled data for --model.")
  String data;

  @Option(
      names = "--threshold",
      paramLabel = "P",
      description = "Binary decision threshold; p >= P is positive (default: ${DEFAULT-VALUE}).")
  double threshold = EvaluationOptions.DEFAULT_THRESHOLD;

  @Option(
      names = "--roc",
      paramLabel = "exact|chapter|T1,T2,...",
      description =
          "ROC thresholds: every distinct score (exact), the chapter's 0.1..0.9, or a list"
              + " (default: ${DEFAULT-VALUE}).")
  String roc = "exact";

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the report as CSV.")
  Path csv;

  @Option(
      names = "--plots",
      paramLabel = "DIR",
      description = "Also draw ROC, precision-recall and confusion-matrix pictures (PNG and SVG).")
  Path plots;

  @Option(names = "--seed", description = "Seed for built-in data (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Mixin DataOptions dataOptions;

  @Override
  public Integer call() throws IOException {
    if (csv != null) {
      Outputs.requireWritable(csv);
    }
    Evaluation evaluation = source.scores != null ? fromScores() : fromModel();
    ClassificationReport report = evaluation.report();
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.toJson() + "\n" : report.toText());
    if (csv != null) {
      AtomicFiles.writeBytes(csv, report.toCsv().getBytes(StandardCharsets.UTF_8));
    }
    if (plots != null) {
      EvaluationPictures.draw(evaluation, plots);
    }
    return ErrorReporter.OK;
  }

  private Evaluation fromModel() throws IOException {
    if (data == null) {
      throw new UserError("--model needs --data with labelled rows", "add --data FILE");
    }
    Model model = ModelFiles.load(source.model);
    if (model.classNames().isEmpty()) {
      throw new UserError(
          "model " + source.model + " is a regression model; evaluate judges classifiers",
          "use predict and compare the values yourself");
    }
    Dataset rows = DataSources.labelled(model, data, dataOptions, seed);
    float[] probabilities = model.predict(rows);
    EvaluationOptions options = options(model.classNames(), model.training().get("class_counts"));
    return Evaluation.of(options, rows.labels(), probabilities);
  }

  private Evaluation fromScores() throws IOException {
    ScoresFile scores = ScoresFile.read(source.scores);
    return Evaluation.of(options(scores.classNames(), null), scores.labels(), scores.scores());
  }

  private EvaluationOptions options(List<String> classNames, Object trainingCounts) {
    EvaluationOptions options =
        EvaluationOptions.of(classNames).withThreshold(threshold).withRocMethod(rocMethod());
    if (trainingCounts instanceof List<?> counts && counts.size() == classNames.size()) {
      double[] priors = new double[counts.size()];
      for (int i = 0; i < priors.length; i++) {
        priors[i] = ((Number) counts.get(i)).doubleValue();
      }
      options = options.withPriors(priors);
    }
    return options;
  }

  private RocMethod rocMethod() {
    String r = roc.trim();
    if (r.equals("exact")) {
      return RocMethod.EXACT;
    }
    if (r.equals("chapter")) {
      return RocMethod.CHAPTER_SWEEP;
    }
    String[] parts = r.split(",");
    double[] thresholds = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        thresholds[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new UserError(
            "--roc value '" + parts[i].trim() + "' is not a number",
            "use exact, chapter, or a list such as 0.1,0.5,0.9");
      }
    }
    return RocMethod.thresholds(thresholds);
  }
}
