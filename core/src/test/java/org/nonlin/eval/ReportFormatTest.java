package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

  /** Positives 0.8, 0.3, 0.6, negatives 0.8, 0.1: at 0.5 TP 2, FN 1, FP 1, TN 1. */
  private static final int[] LABELS = {1, 0, 1, 0, 1};

  private static final float[] PROBS = {0.8f, 0.8f, 0.3f, 0.1f, 0.6f};

  private static final List<String> PINNED_BINARY_KEYS =
      List.of(
          "accuracy",
          "precision",
          "recall",
          "f1",
          "fpr",
          "specificity",
          "balanced_accuracy",
          "mcc",
          "kappa",
          "log_loss",
          "auc",
          "average_precision",
          "mae",
          "rmse",
          "rae",
          "rrse",
          "confusion_matrix",
          "class_names",
          "roc_method",
          "per_class");

  @Test
  void toJson_twoClasses_holdsEveryPinnedKey() {
    // given
    ClassificationReport report = binaryReport(RocMethod.EXACT);

    // when
    String json = report.toJson();

    // then
    for (String key : PINNED_BINARY_KEYS) {
      assertTrue(json.contains("\"" + key + "\": "), key + " missing from " + json);
    }
    assertTrue(json.contains("\"roc_method\": \"exact\""), json);
    assertTrue(json.contains("\"confusion_matrix\": [[1, 1], [1, 2]]"), json);
    assertTrue(json.contains("\"class_names\": [\"neg\", \"pos\"]"), json);
    assertTrue(json.contains("\"accuracy\": 0.6,"), json); // (2 + 1) / 5
  }

  @Test
  void toJson_threeClasses_holdsAveragesAndPerClass() {
    // given
    int[] labels = {0, 1, 2};
    float[] probs = {.8f, .1f, .1f, .2f, .7f, .1f, .3f, .3f, .4f};

    // when
    String json = ClassificationReport.of(EvaluationOptions.forClasses(3), labels, probs).toJson();

    // then
    for (String prefix : List.of("macro_", "micro_", "weighted_")) {
      for (String figure : List.of("precision", "recall", "f1")) {
        assertTrue(json.contains("\"" + prefix + figure + "\": 1.0"), prefix + figure);
      }
    }
    assertTrue(json.contains("\"macro_auc\": 1.0"), json);
    assertTrue(json.contains("\"hand_till_auc\": 1.0"), json);
    assertTrue(
        json.contains(
            "{\"name\": \"1\", \"precision\": 1.0, \"recall\": 1.0, \"f1\": 1.0, \"support\": 1,"
                + " \"auc\": 1.0}"),
        json);
    assertFalse(json.contains("\"precision\": 1.0,\n"), "binary precision key in " + json);
    assertFalse(json.contains("\"threshold\""), json);
  }

  @Test
  void toJson_sweep_namesMethodAndThresholds() {
    // given
    ClassificationReport report = binaryReport(RocMethod.thresholds(0.25, 0.75));

    // when
    String json = report.toJson();

    // then
    assertTrue(json.contains("\"roc_method\": \"thresholds\""), json);
    assertTrue(json.contains("\"roc_thresholds\": [0.25, 0.75]"), json);
  }

  @Test
  void formats_aucUndefined_printUndefinedNullAndEmpty() {
    // given only positives
    ClassificationReport report =
        ClassificationReport.of(
            EvaluationOptions.forClasses(2), new int[] {1, 1}, new float[] {0.4f, 0.9f});

    // when
    String text = report.toText();
    String json = report.toJson();
    String csv = report.toCsv();

    // then
    assertTrue(text.contains("  auc                 undefined\n"), text);
    assertTrue(json.contains("\"auc\": null,"), json);
    assertTrue(csv.contains("\noverall,,auc,\n"), csv);
  }

  @Test
  void toCsv_nameWithComma_isQuoted() {
    // given
    ClassificationReport report =
        ClassificationReport.of(
            EvaluationOptions.of(List.of("no", "yes, \"sure\"")), LABELS, PROBS);

    // when
    String csv = report.toCsv();

    // then
    assertTrue(csv.startsWith("section,class,key,value\noverall,,num_samples,5\n"), csv);
    assertTrue(csv.contains("\nper_class,\"yes, \"\"sure\"\"\",support,3\n"), csv);
    assertTrue(csv.contains("\nconfusion_matrix,no,\"yes, \"\"sure\"\"\",1\n"), csv);
  }

  @Test
  void toJson_nameWithQuote_isEscaped() {
    // given
    ClassificationReport report =
        ClassificationReport.of(EvaluationOptions.of(List.of("a\"b", "c\\d")), LABELS, PROBS);

    // when
    String json = report.toJson();

    // then
    assertTrue(json.contains("\"class_names\": [\"a\\\"b\", \"c\\\\d\"]"), json);
  }

  @Test
  void toText_twoClasses_showsCountsAndNamedMatrix() {
    // given
    ClassificationReport report = binaryReport(RocMethod.EXACT);

    // when
    String text = report.toText();

    // then
    assertTrue(text.contains("Positive class 'pos': TP 2, FN 1, FP 1, TN 1\n"), text);
    assertTrue(text.contains("  accuracy            0.6000\n"), text);
    assertTrue(text.contains("\n         neg  pos\n  neg      1    1\n  pos      1    2\n"), text);
    assertTrue(text.contains("  pos               0.6667    0.6667    0.6667         3"), text);
  }

  private static ClassificationReport binaryReport(RocMethod method) {
    EvaluationOptions options = EvaluationOptions.of(List.of("neg", "pos")).withRocMethod(method);
    return ClassificationReport.of(options, LABELS, PROBS);
  }
}
