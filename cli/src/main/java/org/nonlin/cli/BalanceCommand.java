package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalizer;
import org.nonlin.ensemble.BaggingOptions;
import org.nonlin.ensemble.BalancedBagging;
import org.nonlin.ensemble.Ensemble;
import org.nonlin.ensemble.EnsembleFiles;
import org.nonlin.ensemble.MemberFactory;
import org.nonlin.ensemble.SchapireBoosting;
import org.nonlin.ensemble.VoteRule;
import org.nonlin.eval.ConfusionMatrix;
import org.nonlin.experiment.Runs;
import org.nonlin.imbalance.ClassWeights;
import org.nonlin.imbalance.Sampler;
import org.nonlin.imbalance.Samplers;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nonlin balance}: applies a remedy for imbalanced classes to a training set. A sampler
 * writes the resampled rows; {@code weights} prints the balanced class weights; {@code bagging(M)}
 * and {@code boosting} train an ensemble and write it with its feature normalisation.
 */
@Command(
    name = "balance",
    mixinStandardHelpOptions = true,
    description = {
      "Rebalance the classes of a training set and print the class counts before and after,"
          + " print balanced class weights, or train a balancing ensemble.",
      "",
      "--method is a sampler, e.g. under, over, combined, smote(k=5), adasyn, nearmiss(2),"
          + " tomek, centroids, attribute, under(2:1), over(counts=500); or weights; or"
          + " bagging(M) (balanced bagging of M networks, default "
          + BaggingOptions.DEFAULT_MEMBERS
          + ") or boosting (Schapire's three learners, imbalance variant).",
      "",
      "Samplers see the features as read (CSV categories one-hot, not normalised) and refuse to"
          + " interpolate one-hot columns; --out writes the rows as CSV (header, label last) or"
          + " npz. Ensembles train on features normalised by --normalize with the --arch and"
          + " training options; --model-out gets the ensemble and FILE.normalizer.json the"
          + " normalisation, which the ensemble file does not hold."
    })
final class BalanceCommand implements Callable<Integer> {

  private static final Pattern BAGGING = Pattern.compile("bagging(?:\\((\\d+)\\))?");

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE|NAME",
      description =
          "Data to rebalance: a CSV/npz file, an MNIST folder, or a built-in name (its training"
              + " part).")
  String data;

  @Option(
      names = "--method",
      required = true,
      paramLabel = "SPEC",
      description = "A sampler, weights, bagging(M) or boosting (see above).")
  String method;

  @Option(
      names = "--out",
      paramLabel = "FILE.csv|FILE.npz",
      description = "Where a sampler writes the resampled training data (default: not written).")
  Path out;

  @Option(
      names = "--model-out",
      paramLabel = "FILE",
      description = "Ensemble file for bagging and boosting (default: ${DEFAULT-VALUE}).")
  Path modelOut = Path.of("ensemble.nonlin");

  @Mixin TrainingOptions training;

  @Mixin DataOptions dataOptions;

  @Override
  public Integer call() throws IOException {
    String text = method.trim();
    Matcher bagging = BAGGING.matcher(text);
    boolean ensemble = bagging.matches() || text.equals("boosting");
    if (out != null) {
      if (ensemble || text.equals("weights")) {
        throw new UserError(
            "--out writes resampled rows, and " + text + " resamples nothing",
            "drop --out; ensembles are written to --model-out");
      }
      Outputs.requireWritable(out);
    }
    if (ensemble) {
      Outputs.requireWritable(modelOut);
    }
    Loaded loaded = DataSources.forTraining(data, null, dataOptions, training.seed);
    Dataset train = loaded.split().train();
    if (!train.isClassification()) {
      throw new UserError(
          "data '" + data + "' holds regression targets", "balancing needs class labels");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (text.equals("weights")) {
      printWeights(train, stdout);
    } else if (ensemble) {
      ensemble(bagging.matches() ? members(bagging) : OptionalInt.empty(), loaded, stdout);
    } else {
      resample(text, loaded, stdout);
    }
    return ErrorReporter.OK;
  }

  private void resample(String text, Loaded loaded, PrintWriter stdout) throws IOException {
    Dataset train = loaded.split().train();
    Set<Integer> categorical = BalanceFiles.categoricalFeatures(loaded.encoding());
    Dataset after;
    try {
      Sampler sampler = Samplers.parse(text);
      after = sampler.resample(train, categorical, training.seed);
    } catch (IllegalArgumentException e) {
      throw new UserError(firstLine(e), "see 'nonlin balance --help' for the methods", e);
    }
    Table counts = new Table("class", "before", "after");
    int[] before = train.classCounts();
    int[] now = after.classCounts();
    for (int c = 0; c < before.length; c++) {
      counts.row(train.classNames().get(c), before[c], now[c]);
    }
    counts.row("all", train.rows(), after.rows());
    stdout.println("method " + text + " on " + loaded.source());
    stdout.print(counts);
    if (out != null) {
      BalanceFiles.write(after, loaded.encoding(), out);
      stdout.println("wrote " + out);
    }
  }

  private static void printWeights(Dataset train, PrintWriter stdout) {
    double[] weights = ClassWeights.balanced(train);
    Table table = new Table("class", "rows", "weight");
    for (int c = 0; c < weights.length; c++) {
      table.row(
          train.classNames().get(c),
          train.classCounts()[c],
          String.format(Locale.ROOT, "%.4f", weights[c]));
    }
    stdout.println("balanced class weights n / (k * n_c)");
    stdout.print(table);
    stdout.println("train with them: nonlin train --class-weights balanced");
  }

  private static OptionalInt members(Matcher bagging) {
    if (bagging.group(1) == null) {
      return OptionalInt.of(BaggingOptions.DEFAULT_MEMBERS);
    }
    try {
      return OptionalInt.of(Integer.parseInt(bagging.group(1)));
    } catch (NumberFormatException e) {
      throw new UserError(
          "bagging members '" + bagging.group(1) + "' is too large", "e.g. bagging(10)", e);
    }
  }

  /**
   * Trains balanced bagging of {@code members} networks, or boosting when empty, on the normalised
   * training part; writes it and its normalisation, and prints how it does on both parts.
   */
  private void ensemble(OptionalInt members, Loaded loaded, PrintWriter stdout) throws IOException {
    Dataset raw = loaded.split().train();
    Normalizer normalizer = Normalizer.fit(training.normalization(), raw);
    Dataset train = normalizer.apply(raw);
    MemberFactory factory =
        new MemberFactory(training.architecture(raw), training.initializer(), training.config(raw));
    Ensemble ensemble;
    try {
      ensemble =
          members.isEmpty()
              ? SchapireBoosting.trainImbalanced(train, factory, training.seed)
              : BalancedBagging.train(
                  train,
                  factory,
                  new BaggingOptions(
                      members.getAsInt(), VoteRule.SOFT, training.seed, Runs.defaultThreads()));
    } catch (IllegalArgumentException e) {
      throw new UserError(firstLine(e), "see 'nonlin balance --help'", e);
    }
    EnsembleFiles.save(ensemble, modelOut);
    AtomicFiles.writeString(normalizerPath(modelOut), Json.writePretty(normalizer.toMap()));

    Table table = new Table("part", "rows", "accuracy", "balanced acc", "recall per class");
    scoreRow(table, "train", ensemble, train);
    if (loaded.split().test() != null) {
      scoreRow(table, "test", ensemble, normalizer.apply(loaded.split().test()));
    }
    stdout.println(
        ensemble.members().size() + " members (" + method.trim() + ") on " + loaded.source());
    stdout.print(table);
    stdout.println("wrote " + modelOut + " and " + normalizerPath(modelOut));
  }

  private static void scoreRow(Table table, String part, Ensemble ensemble, Dataset data) {
    int[] predicted = ensemble.predict(data.featureArray(), data.rows());
    ConfusionMatrix confusion = ConfusionMatrix.of(data.classNames(), data.labels(), predicted);
    StringBuilder recalls = new StringBuilder();
    double recallSum = 0;
    for (int c = 0; c < confusion.numClasses(); c++) {
      double recall = confusion.oneVsRest(c).recall();
      recallSum += recall;
      recalls.append(c == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.3f", recall));
    }
    table.row(
        part,
        data.rows(),
        String.format(Locale.ROOT, "%.4f", confusion.accuracy()),
        String.format(Locale.ROOT, "%.4f", recallSum / confusion.numClasses()),
        recalls);
  }

  /** {@code ensemble.nonlin} → {@code ensemble.normalizer.json}. */
  static Path normalizerPath(Path model) {
    String name = model.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return model.resolveSibling(stem + ".normalizer.json");
  }

  /** The first line of a message: samplers append the accepted forms on further lines. */
  static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
