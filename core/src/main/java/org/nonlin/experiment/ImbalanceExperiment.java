package org.nonlin.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The imbalance study: every {@link ImbalanceRemedy} on the double arc at 1,900:100, the coin hole
 * at 1,000:300:100 and UCI Adult (24,720:7,841), scored on test parts that keep the training class
 * mix (see {@link ImbalanceProblems} and {@link ImbalanceScores}).
 *
 * <p>Every network on a data set gets the same number of gradient steps ({@link ImbalanceProblem})
 * and starts from the same seed. The (data set, remedy) runs are independent and run {@link
 * ExperimentOptions#threads()} at a time, the costliest first; their results do not depend on the
 * thread count. A sampler that refuses a data set (ADASYN finds no hard rows on a separable one)
 * leaves a note instead of a row.
 *
 * <p>A remedy is said to help when it raises both the minority recall and the balanced accuracy
 * over plain training by at least {@link #MARGIN}; the notes name those that do and those that do
 * not, with the differences.
 */
public final class ImbalanceExperiment implements Experiment {

  /** Where UCI Adult lies in the repository, relative to its root. */
  public static final Path DEFAULT_ADULT_FOLDER = Path.of("data", "uci-adult");

  /** Smallest rise of minority recall and balanced accuracy that counts as help. */
  public static final double MARGIN = 0.02;

  /**
   * Largest training set ADASYN runs on. Its neighbour search measures every training row against
   * each minority row by brute force: on UCI Adult 7,841 · 32,561 distances over 105 features,
   * about half a minute on one core, more than the rest of the study together; larger sets leave
   * ADASYN out with a note.
   */
  public static final int ADASYN_MAX_ROWS = 10_000;

  private final Path adultFolder;

  /**
   * @param adultFolder a folder with {@code adult.data} and {@code adult.test}, or null; when it
   *     lacks them the Adult rows are left out with a note
   */
  public ImbalanceExperiment(Path adultFolder) {
    this.adultFolder = adultFolder;
  }

  @Override
  public String name() {
    return "imbalance";
  }

  @Override
  public String description() {
    return "remedies for imbalanced classes on the double arc at 1,900:100, the coin hole at"
        + " 1,000:300:100 and UCI Adult; plain training neglects the minority class";
  }

  @Override
  public ExperimentResult run(ExperimentOptions options) {
    return study(options).toExperimentResult(name());
  }

  /**
   * Runs the study on the three data sets at full size, each plain budget capped by {@code
   * options.epochs}.
   */
  public ImbalanceResult study(ExperimentOptions options) {
    long seed = options.seed();
    List<ImbalanceProblem> problems = new ArrayList<>();
    problems.add(
        ImbalanceProblems.doubleArc(
            ImbalanceProblems.ARC_MAJORITY,
            ImbalanceProblems.ARC_MINORITY,
            options.epochs(ImbalanceProblems.ARC_EPOCHS),
            seed));
    problems.add(
        ImbalanceProblems.coinHole(
            ImbalanceProblems.coinCounts(), options.epochs(ImbalanceProblems.COIN_EPOCHS), seed));
    Optional<ImbalanceProblem> adult =
        adultFolder == null
            ? Optional.empty()
            : ImbalanceProblems.adult(
                adultFolder, options.epochs(ImbalanceProblems.ADULT_EPOCHS), seed);
    adult.ifPresent(problems::add);
    ImbalanceResult compared =
        compare(problems, List.of(ImbalanceRemedy.values()), options.threads());
    List<String> notes = new ArrayList<>(compared.notes());
    if (adult.isPresent()) {
      notes.add(
          "adult: SMOTE interpolates the one-hot columns as numbers here (SMOTE-NC is not"
              + " implemented); 'nonlin balance' declares them categorical and refuses");
    } else {
      notes.add(
          "adult left out: "
              + (adultFolder == null
                  ? "no folder given"
                  : "no adult.data and adult.test in " + adultFolder)
              + "; UCI Adult lies in data/uci-adult of the repository (run from its root)");
    }
    return new ImbalanceResult(compared.rows(), notes);
  }

  /**
   * Trains and scores every remedy on every problem, {@code threads} runs at a time.
   *
   * @param remedies should start with {@link ImbalanceRemedy#PLAIN} for the verdict notes
   * @return rows problem by problem in the given orders; notes with each problem's description, the
   *     refusals and the verdicts
   */
  public static ImbalanceResult compare(
      List<ImbalanceProblem> problems, List<ImbalanceRemedy> remedies, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be >= 1");
    }
    List<String> notes = new ArrayList<>();
    List<ImbalanceRuns.Run> runs = new ArrayList<>();
    for (ImbalanceProblem problem : problems) {
      notes.add(problem.name() + ": " + problem.description());
      for (ImbalanceRemedy remedy : remedies) {
        if (tooLarge(problem, remedy)) {
          notes.add(leftOut(problem));
        } else {
          runs.add(new ImbalanceRuns.Run(runs.size(), problem, remedy));
        }
      }
    }
    notes.add(
        "every network of a data set takes about the plain run's gradient steps (epochs scaled"
            + " by rows) from the same seed; ensembles spend that budget on each member");

    List<ImbalanceRow> rows = new ArrayList<>();
    for (ImbalanceRuns.Outcome outcome : ImbalanceRuns.runAll(runs, threads)) {
      if (outcome.row() != null) {
        rows.add(outcome.row());
      } else {
        notes.add(outcome.refusal());
      }
    }
    for (ImbalanceProblem problem : problems) {
      verdict(problem.name(), rows).ifPresent(notes::add);
    }
    return new ImbalanceResult(rows, notes);
  }

  private static boolean tooLarge(ImbalanceProblem problem, ImbalanceRemedy remedy) {
    return remedy == ImbalanceRemedy.ADASYN && problem.data().train().rows() > ADASYN_MAX_ROWS;
  }

  private static String leftOut(ImbalanceProblem problem) {
    return String.format(
        Locale.ROOT,
        "%s/adasyn left out: its brute-force neighbour search over %,d training rows would take"
            + " longer than the rest of the study (limit %,d rows)",
        problem.name(),
        problem.data().train().rows(),
        ADASYN_MAX_ROWS);
  }

  /**
   * "name: plain minority recall r, balanced accuracy b, AUC a; raised the first two by >= MARGIN
   * (changes of the three): ...; did not: ..." with each remedy's differences from plain training;
   * empty without a plain row. An unchanged AUC with a higher minority recall means the remedy
   * moved the decision threshold rather than ranking the rows better.
   */
  static Optional<String> verdict(String dataset, List<ImbalanceRow> rows) {
    ImbalanceRow plain = null;
    for (ImbalanceRow row : rows) {
      if (row.dataset().equals(dataset) && row.remedy() == ImbalanceRemedy.PLAIN) {
        plain = row;
      }
    }
    if (plain == null) {
      return Optional.empty();
    }
    List<String> helped = new ArrayList<>();
    List<String> notHelped = new ArrayList<>();
    for (ImbalanceRow row : rows) {
      if (!row.dataset().equals(dataset) || row == plain) {
        continue;
      }
      double recall = row.test().minorityRecall() - plain.test().minorityRecall();
      double balanced = row.test().balancedAccuracy() - plain.test().balancedAccuracy();
      double auc = row.test().auc() - plain.test().auc();
      String change =
          String.format(
              Locale.ROOT, "%s (%+.3f, %+.3f, %+.3f)", row.remedy().label(), recall, balanced, auc);
      (recall >= MARGIN && balanced >= MARGIN ? helped : notHelped).add(change);
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s: plain minority recall %.3f, balanced accuracy %.3f, AUC %.3f; raised the first"
                + " two by >= %.2f (changes of the three): %s; did not: %s",
            dataset,
            plain.test().minorityRecall(),
            plain.test().balancedAccuracy(),
            plain.test().auc(),
            MARGIN,
            helped.isEmpty() ? "none" : String.join(", ", helped),
            notHelped.isEmpty() ? "none" : String.join(", ", notHelped)));
  }
}
